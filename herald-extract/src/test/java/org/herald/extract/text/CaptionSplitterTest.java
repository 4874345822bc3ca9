package org.herald.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaptionSplitterTest {
    private final LineFeaturizer featurizer = new LineFeaturizer(CueLexicon.load(), LineShapes.load());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Rescuers search the rubble on Tuesday. (AP Photo/Jonas Weir) | Rescuers search the rubble on Tuesday. | AP Photo/Jonas Weir",
        "Smoke rises over Thessia on Monday. Maria Lenz/Reuters | Smoke rises over Thessia on Monday. | Maria Lenz/Reuters",
        "Voters queue in Bellmare. Photo: Tomas Ruel | Voters queue in Bellmare. | Photo: Tomas Ruel",
        "Voters queue outside a school in Bellmare Copyright Tomas Ruel | Voters queue outside a school in Bellmare | Copyright Tomas Ruel"})
    void captionAndCreditAreParted(String line, String caption, String credit) {
        Optional<CaptionSplitter.Split> split = new CaptionSplitter().split(featurizer.features(List.of(line)).get(0));
        assertEquals(Optional.of(new CaptionSplitter.Split(caption, credit)), split);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Photo: Tomas Ruel", "Crowds gathered in the square on Sunday.", "Jo/Reuters",
        "The court ruled on the copyright claim.", "A photo by the agency showed the damage."})
    void nothingToSplit(String line) {
        assertEquals(Optional.empty(), new CaptionSplitter().split(featurizer.features(List.of(line)).get(0)));
    }
}
