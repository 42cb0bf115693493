package org.ownmeet.installers.tuning;

import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.jitsi.JitsiShape;

@TestBedTest
class CurrentShapeTuningTest extends TuningLifecycle {
    @Override
    JitsiShape shape() {
        return JitsiShape.CURRENT;
    }
}
