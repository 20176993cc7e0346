package org.hundredparks.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UsccTest {

    @Test
    void acceptsCodesWhoseCheckCharacterFits() {
        // published example codes of GB 32100-2015 style registrations
        assertTrue(Uscc.isValid("91350100M000100Y43"));
        assertTrue(Uscc.isValid("91110108551385082Q"));
        String built = "91440300MA5F00001" + Uscc.checkCharacter("91440300MA5F00001");
        assertTrue(Uscc.isValid(built));
    }

    @Test
    void refusesWrongCheckCharactersLettersOutsideTheAlphabetAndLengths() {
        assertFalse(Uscc.isValid("91350100M000100Y44"));
        assertFalse(Uscc.isValid("91350100M000100YI3"), "I is not in the alphabet");
        assertFalse(Uscc.isValid("9135010M000100Y43"));
        assertFalse(Uscc.isValid("91ABCDEFM000100Y43"), "characters 3-8 are a region code");
        assertFalse(Uscc.isValid(null));
    }
}
