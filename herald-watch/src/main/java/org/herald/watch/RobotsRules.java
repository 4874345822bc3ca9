package org.herald.watch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One host's robots.txt, read by crawler-commons (RFC 9309: the group for our agent name or {@code *}, longest
 * match wins, {@code Allow} beats an equal {@code Disallow}). The only class that sees crawler-commons.
 */
final class RobotsRules {
    /** The product token robots.txt groups are matched against ("User-agent: herald"). */
    static final String AGENT = "herald";
    private final BaseRobotRules rules;
    private final boolean unavailable;

    private RobotsRules(BaseRobotRules rules, boolean unavailable) {
        this.rules = rules;
        this.unavailable = unavailable;
    }

    /** The rules in a fetched robots.txt. */
    static RobotsRules parse(URI robotsUrl, byte[] content, String contentType) {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        // crawler-commons turns a Crawl-delay above its maximum into "disallow everything"; we cap the delay
        // ourselves (WatchSettings.maxCrawlDelay) and still read the site.
        parser.setMaxCrawlDelay(Long.MAX_VALUE);
        return new RobotsRules(parser.parseContent(robotsUrl.toString(), content, contentType, List.of(AGENT)), false);
    }

    /** No robots.txt (4xx): everything is allowed (RFC 9309 2.3.1.3). */
    static RobotsRules allowAll() {
        return new RobotsRules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), false);
    }

    /** robots.txt unreachable (5xx, network error): nothing is fetched until it can be read (RFC 9309 2.3.1.4). */
    static RobotsRules unreachable() {
        return new RobotsRules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE), true);
    }

    /** True for the rules of a robots.txt that could not be read: everything is disallowed, for now. */
    boolean unavailable() {
        return unavailable;
    }

    boolean allowed(URI url) {
        return rules.isAllowed(url.toString());
    }

    /** Crawl-delay for our group, if the file sets one. */
    Optional<Duration> crawlDelay() {
        long millis = rules.getCrawlDelay();
        return millis == BaseRobotRules.UNSET_CRAWL_DELAY || millis < 0 ? Optional.empty()
                : Optional.of(Duration.ofMillis(millis));
    }
}
