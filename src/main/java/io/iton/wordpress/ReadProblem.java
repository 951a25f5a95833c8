package io.iton.wordpress;

/** Something wrong in the file itself, found while reading it: the line, and what it was. */
record ReadProblem(int line, String message) {
}
