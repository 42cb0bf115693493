package org.ownmeet.installers.tuning;

import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.jitsi.JitsiShape;

@TestBedTest
class Pre2025ShapeTuningTest extends TuningLifecycle {
    @Override
    JitsiShape shape() {
        return JitsiShape.PRE_2025;
    }
}
