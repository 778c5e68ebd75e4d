package com.reportqa.question;

/** What a question asks for, which decides how it is answered. */
public enum QuestionKind {
    /** one or several figures of one place */
    NUMERIC,
    /** one figure across places: rank, compare, table */
    COMPARE,
    /** "which reports/places do you have" — answered from the catalogue */
    CATALOG,
    /** "which reports mention X" — searched across reports, only those stating X listed */
    MENTIONS,
    /** the report's own metadata: publication date, issuer, document numbers */
    METADATA,
    /** an enumeration (哪些, 哪几) */
    LIST,
    /** anything else */
    FACT
}
