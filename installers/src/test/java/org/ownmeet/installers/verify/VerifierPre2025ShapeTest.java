package org.ownmeet.installers.verify;

import org.ownmeet.testbed.TestBedTest;
import org.ownmeet.testbed.jitsi.JitsiShape;

@TestBedTest
class VerifierPre2025ShapeTest extends VerifierOnTestBed {
    @Override
    JitsiShape shape() {
        return JitsiShape.PRE_2025;
    }
}
