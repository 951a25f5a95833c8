package io.iton.hostile;

/** Path traversal in media and upload names, on H2. */
class PathTraversalOnH2IT extends PathTraversalContract {
}
