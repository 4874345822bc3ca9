package org.herald.events.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrontsTest {
    @Test
    void aBorderStandsForItsOwner() {
        Tree t = Parses.tree("Belarus/Belarus/NNP amassed/amass/VBD tanks/tank/NNS near/near/IN Lithuania/Lithuania/NNP "
                + "'s/'s/POS frontier/frontier/NN ./././",
                "nsubj(1,0) root(-1,1) obj(1,2) case(6,3) nmod:poss(6,4) case(4,5) obl(1,6) punct(1,7)");
        assertEquals(List.of(4), Fronts.of(t, 1));
    }

    @Test
    void itsOwnBorderFacesTheCountryOnTheOtherSide() {
        Tree t = Parses.tree("China/China/NNP massed/mass/VBD soldiers/soldier/NNS along/along/IN its/its/PRP$ "
                + "border/border/NN with/with/IN India/India/NNP ./././",
                "nsubj(1,0) root(-1,1) obj(1,2) case(5,3) nmod:poss(5,4) obl(1,5) case(7,6) nmod(5,7) punct(1,8)");
        assertEquals(List.of(7), Fronts.of(t, 1));
    }

    @Test
    void inSaysWhereNotWhomItFaces() {
        Tree t = Parses.tree("Russia/Russia/NNP massed/mass/VBD troops/troops/NNS in/in/IN Crimea/Crimea/NNP ./././",
                "nsubj(1,0) root(-1,1) obj(1,2) case(4,3) obl(1,4) punct(1,5)");
        assertEquals(List.of(), Fronts.of(t, 1));
    }
}
