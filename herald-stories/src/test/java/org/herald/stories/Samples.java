package org.herald.stories;

/** Short news texts written for these tests (samples, not real articles): two fires, two trades, one storm. */
final class Samples {
    private Samples() {}

    static final String FIRE_CHURCH = """
            Fire destroys historic church in Millbrook
            A fire destroyed the 150-year-old St. Anne's Church in Millbrook early on Sunday, fire chief Dana Ortiz said.
            Crews from four stations fought the blaze for six hours before bringing it under control. No one was hurt.
            Ortiz said investigators had not found the cause, but an electrical fault in the bell tower was being examined.
            The congregation will hold services in the Millbrook community hall until the church can be rebuilt.
            """;

    static final String FIRE_CHURCH_OTHER_SITE = """
            Millbrook's St. Anne's Church gutted by Sunday blaze
            St. Anne's Church, a Millbrook landmark for 150 years, burned down on Sunday morning.
            Fire chief Dana Ortiz said firefighters from four stations needed six hours to control the fire.
            Nobody was injured. An electrical fault in the bell tower is one possible cause, Ortiz said.
            Parishioners will meet in the community hall while the church is rebuilt.
            """;

    static final String FIRE_WAREHOUSE = """
            Warehouse fire in Carlton forces evacuations
            A fire broke out at a paint warehouse in Carlton on Wednesday night, forcing hundreds of residents to leave.
            Fire commissioner Lee Park said toxic smoke spread over the harbour district and two workers were treated.
            The warehouse, owned by Redline Coatings, stored thousands of litres of solvent, Park said.
            Residents were allowed back on Thursday afternoon after air tests came back clear.
            """;

    static final String TRADE_STRIKER = """
            Rovers sign striker Tomas Brandt from Elm City
            Harbor Rovers have signed striker Tomas Brandt from Elm City on a four-year contract, the club announced.
            The fee was reported to be 12 million pounds. Brandt, 24, scored 19 goals for Elm City last season.
            Rovers manager Ana Sousa said Brandt would make his debut against Northgate on Saturday.
            """;

    static final String TRADE_KEEPER = """
            Northgate agree deal for goalkeeper Ivo Marek
            Northgate have agreed a three-year deal with goalkeeper Ivo Marek, who leaves Castlebury after six seasons.
            Marek, 31, kept 14 clean sheets last season. Northgate coach Ben Haller said the club had tracked Marek
            since the spring and expected him to start the opening match against Westfield.
            """;
}
