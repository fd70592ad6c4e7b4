package org.w3id.tigris.extract;

import java.util.List;
import java.util.Optional;
import org.w3id.tigris.time.DateValue;

/**
 * An event a document reports. Arguments are entity ids ({@code Entity.id()}) of entities
 * mentioned in the same sentence or headline/lede pair as the evidence.
 *
 * @param type          PLOVER type
 * @param evidenceBegin start of the span that states it (offset into the document text)
 * @param evidenceEnd   end of that span, exclusive
 * @param trigger       the trigger word or phrase as it stands in the text ("strike", "condemned")
 * @param agents        who did it
 * @param targets       to whom or what it was done
 * @param place         where
 * @param date          when
 * @param killed        number killed, when the text gives it
 * @param injured       number injured, when the text gives it
 * @param mode          how: drone, airstrike, rocket, missile …
 * @param confidence    in [0, 1]
 */
public record Event(EventType type, int evidenceBegin, int evidenceEnd, String trigger,
                    List<String> agents, List<String> targets, Optional<String> place,
                    Optional<DateValue> date, Optional<Integer> killed, Optional<Integer> injured,
                    Optional<String> mode, double confidence) {
}
