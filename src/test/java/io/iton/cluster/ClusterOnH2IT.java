package io.iton.cluster;

/** Two nodes sharing the embedded database in one JVM. */
class ClusterOnH2IT extends ClusterContract {
}
