package org.ownmeet.installers.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ownmeet.installers.secret.Secret;

class ProsodyAccountsTest {

    @Test
    void storageNamesAreEncodedAsProsodyDoes() {
        assertEquals("/var/lib/prosody/meet%2d1%2eexample%2eorg/accounts", ProsodyAccounts.directory("meet-1.example.org"));
        assertEquals("anna%2emueller", ProsodyAccounts.encode("anna.mueller"));
        assertEquals(List.of("anna.mueller", "bob"), ProsodyAccounts.parse("bob.dat\nanna%2emueller.dat\nnot-an-account\n"));
    }

    @Test
    void oneTimePasswordsAreLongRandomAndEasyToType() {
        try (Secret one = PasswordGenerator.generate(); Secret two = PasswordGenerator.generate()) {
            String first = new String(one.chars());
            assertTrue(first.matches("[a-z2-9]{5}(-[a-z2-9]{5}){3}"), first);
            assertTrue(!first.matches(".*[01ilo].*"), "no look-alikes: " + first);
            assertTrue(!first.equals(new String(two.chars())));
            assertEquals(Secret.MASK, one.toString());
        }
    }
}
