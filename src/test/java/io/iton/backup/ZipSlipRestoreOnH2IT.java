package io.iton.backup;

import io.iton.support.Engine;

/** Zip-slip in restore, on H2. */
class ZipSlipRestoreOnH2IT extends ZipSlipRestoreContract {

    @Override
    Engine engine() {
        return Engine.H2;
    }
}
