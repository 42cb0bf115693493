package org.ownmeet.installers.engine;

import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.jitsi.JitsiShape;

@TestBedTest
class Pre2025ShapeLifecycleTest extends ApplyLifecycle {
    @Override
    JitsiShape shape() {
        return JitsiShape.PRE_2025;
    }

    @Override
    String guestAuthentication() {
        return "anonymous";
    }
}
