package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Malformed parameters are the caller's mistake: 400 with a message naming the parameter, never a 500. */
class ParamsTest {
    @RegisterExtension
    static final ServerFixture fixture = ServerFixture.readOnlyForClass();

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/articles?from=yesterday",
            "/api/articles?to=2024-13-01",
            "/api/articles?from=2024-02-30",
            "/api/articles?from=2024-06-02&to=2024-06-01",
            "/api/articles?limit=-1",
            "/api/articles?limit=1001",
            "/api/articles?limit=99999999999",
            "/api/articles?limit=ten",
            "/api/articles?offset=-5",
            // #11: a deep offset costs offset + limit collected hits; past the result window it is refused.
            "/api/events?limit=1000&offset=498000",
            "/api/articles?offset=9991&limit=10",
            "/api/quotes?offset=2147483647",
            "/api/entities?limit=100000",
            "/api/quotes?from=2024/06/01",
            "/api/quotes?type=reported",
            "/api/quotes?type=,",
            "/api/events?limit=-1",
            "/api/events?to=June",
            "/api/timeline?interval=year",
            "/api/timeline?interval=day&from=x",
    })
    void isABadRequest(String pathAndQuery) {
        Http.Reply r = fixture.http.get(pathAndQuery);
        assertEquals(400, r.status(), r.body());
        assertEquals("bad_request", r.errorCode());
        assertFalse(r.json().path("error").path("message").asText().isBlank());
    }

    @Test
    void theMessageNamesTheParameterAndValue() {
        Http.Reply r = fixture.http.get("/api/articles?from=yesterday");
        assertEquals("from must be a date as YYYY-MM-DD, not 'yesterday'", r.json().path("error").path("message").asText());
        assertEquals("from", r.json().path("error").path("parameter").asText());
    }

    @Test
    void aVeryLongQueryIsRefusedBeforeTheStoreSeesIt() {
        Http.Reply r = fixture.http.get("/api/articles?q=" + "a".repeat(501));
        assertEquals(400, r.status());
    }

    @Test
    void emptyParametersMeanNoFilter() {
        Http.Reply r = fixture.http.get("/api/articles?q=&from=&to=&site=&entity=&limit=&offset=");
        assertEquals(200, r.status(), r.body());
        assertEquals(4, r.json().path("total").asLong());
    }
}
