package org.w3id.tigris.extract;

import java.util.List;
import java.util.Optional;
import org.w3id.tigris.time.DateValue;

/**
 * Something a source says, attributed to a speaker.
 *
 * @param claimant      entity id of the speaker; empty when the speaker is unnamed
 *                      ("officials said")
 * @param textBegin     start of the content span ({@code tg:claimText}) in the document text
 * @param textEnd       end of the content span, exclusive
 * @param direct        a direct quotation
 * @param cue           the reporting verb or phrase as it stands ("said", "according to")
 * @param evidenceBegin start of the whole attribution (speaker, cue and content)
 * @param evidenceEnd   end of it, exclusive
 * @param aboutEntities entity ids named inside the content
 * @param aboutEvents   indexes into the document's event list of events stated inside the content
 * @param date          when it was said, when known
 * @param confidence    in [0, 1]
 */
public record Claim(Optional<String> claimant, int textBegin, int textEnd, boolean direct,
                    String cue, int evidenceBegin, int evidenceEnd, List<String> aboutEntities,
                    List<Integer> aboutEvents, Optional<DateValue> date, double confidence) {
}
