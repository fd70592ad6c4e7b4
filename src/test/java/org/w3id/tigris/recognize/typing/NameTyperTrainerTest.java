package org.w3id.tigris.recognize.typing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;

class NameTyperTrainerTest {
    private static final NameFeatures FEATURES = new NameFeatures(w -> Optional.empty());
    private static final List<String> PEOPLE = List.of("Ali", "Omar", "Hassan", "Karim", "Yusuf", "Samir", "Nabil",
            "Tariq", "Walid", "Rami");
    private static final List<String> TOWNS = List.of("Qar", "Zab", "Hit", "Rawa", "Ana", "Tikrit", "Dibis", "Zakho",
            "Amadiya", "Akre");

    /** Two people's names for each pair of given names, and a town's airport for each town. */
    private static List<LabelledName> examples() {
        List<LabelledName> out = new ArrayList<>();
        for (String a : PEOPLE) {
            for (String b : PEOPLE) {
                if (!a.equals(b)) {
                    out.add(new LabelledName(NameInContext.bare(a + " " + b), "Person", "test"));
                }
            }
        }
        for (String t : TOWNS) {
            for (String kind : List.of("Airport", "Air Base", "Prison", "Dam")) {
                out.add(new LabelledName(NameInContext.bare(t + " " + kind), "Facility", "test"));
            }
        }
        String text = "Ali Omar said so.";
        out.add(new LabelledName(NameInContext.in(text, 0, 8, 0, text.length()), "Person", "text"));
        return out;
    }

    @Test
    void heldOutNamesAreChosenByTheNameAloneSoEveryUseGoesTogether() {
        NameTyperTrainer trainer = NameTyperTrainer.create().features(FEATURES).heldOutPercent(50).build();
        String text = "Ali Omar said so.";
        LabelledName inText = new LabelledName(NameInContext.in(text, 0, 8, 0, text.length()), "Person", "text");
        LabelledName bare = new LabelledName(NameInContext.bare("Ali Omar"), "Person", "test");
        assertEquals(trainer.heldOut(bare), trainer.heldOut(inText));
        long held = examples().stream().filter(trainer::heldOut).count();
        assertTrue(held > 10 && held < examples().size() - 10, "about half held out: " + held);
    }

    @Test
    void learnsWhatAHeadWordSaysAndScoresOnlyUnseenNames() {
        NameTyperTrainer trainer = NameTyperTrainer.create().features(FEATURES).iterations(100).build();
        TyperEvaluation e = trainer.evaluate(examples());
        long held = examples().stream().filter(trainer::heldOut).count();
        assertEquals(held, e.testSize());
        assertEquals(examples().size() - held, e.trainSize());
        assertTrue(e.accuracy() > 0.9, e.report());
        NameTyper typer = new NameTyper(trainer.train(examples()), FEATURES);
        assertEquals("Facility", typer.type(NameInContext.bare("Mosul Airport")).type(), "a town it never saw");
        assertEquals("Person", typer.type(NameInContext.bare("Samir Ali")).type());
        double p = typer.type(NameInContext.bare("Mosul Airport")).confidence();
        assertTrue(p > 0.5 && p <= 1.0, "confidence " + p);
    }

    @Test
    void aSmallTypeIsRepeatedUpToTheLeastCountAndNoTypeIsCut() {
        NameTyperTrainer trainer = NameTyperTrainer.create().features(FEATURES).leastPerType(60).build();
        List<LabelledName> balanced = trainer.balanced(examples());
        assertEquals(60, balanced.stream().filter(e -> e.type().equals("Facility")).count(), "40 repeated to 60");
        assertEquals(91, balanced.stream().filter(e -> e.type().equals("Person")).count(), "91 kept as they are");
    }

    @Test
    void theSerializedModelGivesTheSameAnswers() throws Exception {
        NameTyperTrainer trainer = NameTyperTrainer.create().features(FEATURES).iterations(50).build();
        MaxentModel model = trainer.train(examples());
        MaxentModel read = NameTyper.read(new ByteArrayInputStream(NameTyperTrainer.serialize(model)));
        String[] f = FEATURES.of(NameInContext.bare("Hassan Karim"));
        assertArrayEquals(model.eval(f), read.eval(f), 1e-9);
    }

    @Test
    void theReportGivesAccuracyPerTypeAndTheConfusion() {
        TyperEvaluation e = new TyperEvaluation(10, 4,
                java.util.Map.of("Person", java.util.Map.of("Person", 3), "City", java.util.Map.of("Person", 1)));
        assertEquals(0.75, e.accuracy(), 1e-9);
        assertEquals(0.0, e.accuracy("City"), 1e-9);
        assertTrue(e.report().contains("accuracy: 0.750"), e.report());
        assertTrue(e.report().lines().anyMatch(l -> l.matches("City\\s+0\\s+1")), e.report());
    }
}
