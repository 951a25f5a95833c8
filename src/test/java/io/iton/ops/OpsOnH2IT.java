package io.iton.ops;

/** Operations and hardening on the embedded default, H2 in file mode. */
class OpsOnH2IT extends OpsContract {
}
