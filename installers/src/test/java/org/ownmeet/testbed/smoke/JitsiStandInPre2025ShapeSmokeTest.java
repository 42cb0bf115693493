package org.ownmeet.testbed.smoke;

import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.jitsi.JitsiShape;

@TestBedTest
class JitsiStandInPre2025ShapeSmokeTest extends JitsiStandInInstall {
    @Override
    JitsiShape shape() {
        return JitsiShape.PRE_2025;
    }

    @Override
    String mainHostAuthentication() {
        return "anonymous";
    }
}
