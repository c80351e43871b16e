package nl.ketenscan.rules.assessment;

import java.util.ArrayList;
import java.util.List;
import nl.ketenscan.rules.exemption.Exemption;

/**
 * An exemption of the Besluit that the scan applied, and to how many items: office files for
 * {@link Exemption#OFFICE_FILE_BEFORE_2018}, embedded addresses for {@link Exemption#THIRD_PARTY_CONTENT}.
 */
public record AppliedExemption(Exemption exemption, int items) {

    /** The exemptions that apply to at least one item, in the order of {@link Exemption}. */
    static List<AppliedExemption> of(List<PublishedDocument> documents, List<Embed> embeds) {
        List<AppliedExemption> applied = new ArrayList<>();
        for (Exemption exemption : Exemption.values()) {
            int items = switch (exemption) {
                case OFFICE_FILE_BEFORE_2018 -> (int) documents.stream().filter(d -> d.exemption() == exemption).count();
                case THIRD_PARTY_CONTENT -> embeds.size();
            };
            if (items > 0) {
                applied.add(new AppliedExemption(exemption, items));
            }
        }
        return applied;
    }
}
