package org.w3id.tigris.recognize;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A first-level division's government or administration, named with the division's name. */
class RegionalGovernmentsTest {
    private static NamesInText names;

    @BeforeAll
    static void load() {
        names = new NamesInText(Gazetteers.load());
    }

    /** The suite runs in one JVM: the gazetteers and models go when the class is done. */
    @AfterAll
    static void release() {
        names = null;
    }

    @Test
    void theGovernmentOfARegionIsAGovernmentBody() {
        List<Mention> m = names.recognize("The Government of Sonora said on Monday that the highway would reopen.");
        NamesInText.assertType(EntityType.GOVERNMENT_BODY, m, "Government of Sonora");
    }

    @Test
    void aRegionsGovernmentWithItsLevelIsAGovernmentBody() {
        List<Mention> m = names.recognize("The Sindh government closed schools, and Balochistan's provincial government "
                + "asked for troops. Residents queued outside the Bannu district administration offices.");
        NamesInText.assertType(EntityType.GOVERNMENT_BODY, m, "Sindh government", "Balochistan's provincial government",
                "Bannu district administration");
    }

    @Test
    void theRegionAloneStaysARegion() {
        List<Mention> m = names.recognize("Gunmen attacked a bus in Sindh on Monday, the government said.");
        NamesInText.assertType(EntityType.REGION, m, "Sindh");
    }
}
