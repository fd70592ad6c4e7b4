package org.w3id.tigris.recognize;

import static org.w3id.tigris.recognize.NamesInText.assertType;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Names found far from home but given the wrong type, by class: a state's forces and units named
 * without a known template, the heads of a state's bodies, and bodies the gazetteer knew under
 * another type or not at all (the sentences are made up; the classes are the far sets').
 */
class FarFromHomeTypesTest {
    private static NamesInText names;

    @BeforeAll
    static void load() {
        names = new NamesInText(Gazetteers.load());
    }

    @Test
    void aForceOfAStateNamedOnlyByItsKindIsAGovernmentBody() {
        List<Mention> m = names.recognize("A spokesman for the Defence Forces said that the Air Force had struck the camp at dawn. Later"
                + " in the day the Royal Armed Forces moved their troops to the north of the river.");
        assertType(EntityType.GOVERNMENT_BODY, m, "Defence Forces", "Air Force", "Royal Armed Forces");
    }

    @Test
    void aForceOpeningWithItsStateIsAGovernmentBody() {
        List<Mention> m = names.recognize("Officials said that the Kenyan Security Forces had closed the border. Soldiers of the"
                + " Tanzania Armed Defence Forces were seen on the road to the lake.");
        assertType(EntityType.GOVERNMENT_BODY, m, "Kenyan Security Forces", "Tanzania Armed Defence Forces");
    }

    @Test
    void aUnitOfThePoliceOrARapidInterventionUnitIsAGovernmentBody() {
        List<Mention> m = names.recognize("Officers of the Coastal Police Force raided the village at night. A unit of the Rapid"
                + " Intervention Battalion was there too. Later in the day, officers of the Special Police Operations Battalion joined them.");
        assertType(EntityType.GOVERNMENT_BODY, m, "Coastal Police Force", "Rapid Intervention Battalion",
                "Special Police Operations Battalion");
    }

    @Test
    void guardsGendarmeriesAndTaskForcesOfAStateAreGovernmentBodies() {
        List<Mention> m = names.recognize("Troops of the National Guard were sent to the town. A patrol of the National Gendarmerie was"
                + " ambushed there. Two men of the District Reserve Guard were hurt. The road was then"
                + " secured by the Special Task Force.");
        assertType(EntityType.GOVERNMENT_BODY, m, "National Guard", "National Gendarmerie", "District Reserve Guard",
                "Special Task Force");
    }

    @Test
    void rebelForcesStayArmedGroups() {
        List<Mention> m = names.recognize("Fighters of the Ambazonia Defence Forces attacked the town at night. In the west the Arakan"
                + " Army took a base. A spokesman for the Tigray Peace Force denied it.");
        assertType(EntityType.ARMED_GROUP, m, "Ambazonia Defence Forces", "Arakan Army", "Tigray Peace Force");
    }

    @Test
    void administrationsAndBoardsAreGovernmentBodies() {
        List<Mention> m = names.recognize("A spokesman for the Interim Regional Administration said that the payments of the"
                + " Highland Compensation Board would resume in the spring.");
        assertType(EntityType.GOVERNMENT_BODY, m, "Interim Regional Administration",
                "Highland Compensation Board");
    }

    @Test
    void bodiesOfOtherConflictsHaveTheirRealType() {
        List<Mention> m = names.recognize("A spokesman for the Taliban said that the claims were false. In a statement, Inter-Services"
                + " Public Relations said that two soldiers had died. Aid was blocked, the United Nations Office for the"
                + " Coordination of Humanitarian Affairs said.");
        assertType(EntityType.GOVERNMENT_BODY, m, "Taliban", "Inter-Services Public Relations");
        assertType(EntityType.ORGANIZATION, m, "United Nations Office for the Coordination of Humanitarian Affairs");
        List<Mention> parties = names.recognize("A statement of the National Unity Government was read on the radio. Leaders of the Tigray"
                + " People's Liberation Front met in the city. A spokesman for the Oromo Liberation Front said it was"
                + " ready to talk. The police blamed the Indigenous People of Biafra for the attack. Gunmen of the"
                + " Eastern Security Network were seen there. Three men of the Volunteers for the Defence of the"
                + " Homeland were killed in the ambush.");
        assertType(EntityType.ORGANIZATION, parties, "National Unity Government", "Tigray People's Liberation Front",
                "Oromo Liberation Front", "Indigenous People of Biafra");
        assertType(EntityType.ARMED_GROUP, parties, "Eastern Security Network",
                "Volunteers for the Defence of the Homeland");
    }

    @Test
    void localGovernmentAreasRegenciesAndParksAreRegions() {
        List<Mention> m = names.recognize("Gunmen attacked two villages in the Kukawa Local Government Area on"
                + " Monday, and the army moved into Yahukimo Regency. The herders crossed the W National Park.");
        assertType(EntityType.REGION, m, "Kukawa Local Government Area", "Yahukimo Regency", "W National Park");
    }
}
