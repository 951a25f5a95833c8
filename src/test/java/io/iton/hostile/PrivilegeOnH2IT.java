package io.iton.hostile;

/** Privilege escalation between roles, on H2. */
class PrivilegeOnH2IT extends PrivilegeContract {
}
