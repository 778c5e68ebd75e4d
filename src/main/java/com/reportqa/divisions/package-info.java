/**
 * The national gazetteer: China's administrative divisions with their codes, names and short forms, read from
 * {@code src/main/resources/gazetteer/divisions.tsv}. Used to complete a report's place chain and to read the
 * places a question names.
 */
package com.reportqa.divisions;
