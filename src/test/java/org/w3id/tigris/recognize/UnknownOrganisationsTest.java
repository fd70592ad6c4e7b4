package org.w3id.tigris.recognize;

import static org.w3id.tigris.recognize.NamesInText.assertType;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Organisations no gazetteer knows, typed by what their names hold: outlets whose head is a
 * state's word ("Service", "Agency") but whose name says news; a state's committees, agencies
 * and institutes named as a state's; outlets, firms and groups named with heads of other
 * languages; an outlet after an author in a byline. The sentences and names are made up; the
 * classes are the far sets' typing errors.
 */
class UnknownOrganisationsTest {
    private static NamesInText names;

    @BeforeAll
    static void load() {
        names = new NamesInText(Gazetteers.load());
    }

    @Test
    void aWireOrNewsServiceIsAnOutletNotAStatesService() {
        List<Mention> masthead = names.recognize("NORTHERN PLAINS WIRE SERVICE\nMonday, May 4, 2026\n\n"
                + "Gunmen kill nine in northern town\n\nGunmen killed nine people in a night attack on Friday, police said.\n");
        assertType(EntityType.ORGANIZATION, masthead, "NORTHERN PLAINS WIRE SERVICE");
        List<Mention> m = names.recognize("The Ruvuma Press Service said on Monday that the road was closed, and the Kenya News"
                + " Agency said so too.");
        assertType(EntityType.ORGANIZATION, m, "Ruvuma Press Service", "Kenya News Agency");
        assertType(EntityType.ORGANIZATION, names.recognize("The Kavango News Service said on Monday that the road was closed."),
                "Kavango News Service");
    }

    @Test
    void aStatesCommitteeAgencyOrInstituteIsAGovernmentBody() {
        List<Mention> m = names.recognize("The National Counter-Narcotics Committee said that the raid was lawful. The Peruvian Child Welfare Institute took in the"
                + " children, and the Plateau State Flood Management Agency sent tents.");
        assertType(EntityType.GOVERNMENT_BODY, m, "National Counter-Narcotics Committee", "Peruvian Child Welfare Institute",
                "Plateau State Flood Management Agency");
    }

    @Test
    void researchCentresAndCommitteesOfCitizensStayOrganisations() {
        List<Mention> m = names.recognize("Analysts of the Caspian Security Studies Institute said that the"
                + " Joint Action Committee of the traders had called the strike.");
        assertType(EntityType.ORGANIZATION, m, "Caspian Security Studies Institute", "Joint Action Committee");
    }

    @Test
    void aPoliceForceDefinedWithItsAcronymIsAStatesBody() {
        List<Mention> m = names.recognize("Officers of the Coastal Maritime Police Force (CMPF) boarded the dhow on Monday.");
        assertType(EntityType.GOVERNMENT_BODY, m, "Coastal Maritime Police Force");
    }

    @Test
    void aLongFormIsTypedByAllItsWords() {
        List<Mention> m = names.recognize("Rains hit the plateau\n\nThe Plateau State Flood Relief Agency (PSFRA) sent tents on Monday."
                + " Officers of the National Harbour Police Reserve (NHPR) and of the Royal Highland Constabulary (RHC) kept order.\n");
        assertType(EntityType.GOVERNMENT_BODY, m, "Plateau State Flood Relief Agency", "National Harbour Police Reserve",
                "Royal Highland Constabulary");
    }

    @Test
    void outletsFirmsAndGroupsNamedInOtherLanguagesOrByTheirTrade() {
        List<Mention> m = names.recognize("The footage was first shown by Télé Kivu on Sunday, and later by Yeni Haber."
                + " The tanker belongs to Orion Bulk Shipping, and the pipeline to the Aral Pipeline Consortium."
                + " Members of the Adivasi Ekta Samiti marched to the office. A commander of Jaish al-Karama said"
                + " the group had withdrawn.");
        assertType(EntityType.ORGANIZATION, m, "Télé Kivu", "Yeni Haber", "Orion Bulk Shipping",
                "Aral Pipeline Consortium", "Adivasi Ekta Samiti");
        assertType(EntityType.ARMED_GROUP, m, "Jaish al-Karama");
    }

    @Test
    void messagingAppsAreOrganisations() {
        List<Mention> m = names.recognize("The video was shared on WhatsApp and TikTok on Monday evening.");
        assertType(EntityType.ORGANIZATION, m, "WhatsApp", "TikTok");
    }

    @Test
    void anOutletAfterTheAuthorInABylineIsNoPerson() {
        List<Mention> m = names.recognize("Juntas tighten their grip\n\nBy Ousmane Diarra-Keita, Savanna Policy Review\n\n"
                + "The juntas of the region tightened their grip on the press this year, analysts said.\n");
        assertType(EntityType.ORGANIZATION, m, "Savanna Policy Review");
    }
}
