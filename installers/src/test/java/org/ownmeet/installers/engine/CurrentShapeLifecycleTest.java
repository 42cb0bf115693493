package org.ownmeet.installers.engine;

import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.jitsi.JitsiShape;

@TestBedTest
class CurrentShapeLifecycleTest extends ApplyLifecycle {
    @Override
    JitsiShape shape() {
        return JitsiShape.CURRENT;
    }

    @Override
    String guestAuthentication() {
        return "jitsi-anonymous";
    }
}
