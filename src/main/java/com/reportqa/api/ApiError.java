package com.reportqa.api;

/** Every API error: an HTTP status and a short Chinese message that says what to do. */
record ApiError(int status, String error, String message) {
}
