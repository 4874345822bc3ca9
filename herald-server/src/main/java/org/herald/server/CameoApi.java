package org.herald.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.herald.events.cameo.CameoCode;
import org.herald.events.cameo.CameoCodebook;

/**
 * {@code GET /api/cameo}: the CAMEO codebook Herald codes with (code, name, PLOVER type, quad class, Goldstein), so
 * that a page showing stored analyses (whose events carry only the code) can name each code. Built once: the
 * codebook never changes while the server runs.
 */
final class CameoApi {
    private final String body;

    CameoApi(CameoCodebook codebook, ObjectMapper mapper) {
        ObjectNode o = mapper.createObjectNode();
        ArrayNode codes = o.putArray("codes");
        for (CameoCode c : codebook.codes()) {
            codes.addObject().put("code", c.code()).put("name", c.name()).put("plover", c.plover())
                    .put("quad_class", c.quadClass()).put("goldstein", c.goldstein());
        }
        this.body = o.toString();
    }

    void serve(Context ctx) {
        ctx.header("Cache-Control", "max-age=3600").contentType("application/json").result(body);
    }
}
