package io.iton.account;

/** Sessions shared by nodes on the embedded database. */
class SessionsAcrossNodesOnH2IT extends SessionsAcrossNodesContract {
}
