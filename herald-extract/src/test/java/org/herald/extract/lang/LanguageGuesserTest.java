package org.herald.extract.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageGuesserTest {
    private final LanguageGuesser guesser = new LanguageGuesser();

    private Optional<String> guess(String text) {
        return guesser.guess(text, Optional.empty());
    }

    @Test
    void normalisesDeclaredTags() {
        assertEquals(Optional.of("en"), LanguageGuesser.normalise("en-US"));
        assertEquals(Optional.of("zh"), LanguageGuesser.normalise("zh-TW"));
        assertEquals(Optional.of("pt"), LanguageGuesser.normalise("pt_BR"));
        assertEquals(Optional.of("he"), LanguageGuesser.normalise("iw"));
        assertEquals(Optional.empty(), LanguageGuesser.normalise("{{lang}}"));
    }

    @Test
    void trustsTheDeclarationUnlessTheScriptContradictsIt() {
        String english = "The minister said on Tuesday that the government would not change its plans for the budget.";
        assertEquals(Optional.of("en"), guesser.guess(english, Optional.of("en-GB")));
        // Declared English, written in Russian: the Cyrillic text wins.
        String russian = "Министр заявил во вторник, что правительство не будет менять свои планы по бюджету, и это было так.";
        assertEquals(Optional.of("ru"), guesser.guess(russian, Optional.of("en")));
        // Too little text to argue with the page.
        assertEquals(Optional.of("fr"), guesser.guess("OK", Optional.of("fr-FR")));
    }

    @Test
    void guessesFromTheScript() {
        assertEquals(Optional.of("ja"), guess("東京都は月曜日、新しい計画を発表しました。これは市民のための重要な政策であり、多くの人々が注目しています。"));
        assertEquals(Optional.of("zh"), guess("北京市政府周一宣布了一项新的计划。这是一项为市民服务的重要政策，许多人都在关注这项政策的实施情况和效果。"));
        assertEquals(Optional.of("ko"), guess("서울시는 월요일 새로운 계획을 발표했습니다. 이것은 시민들을 위한 중요한 정책입니다. 많은 사람들이 이 정책의 시행과 효과에 주목하고 있습니다."));
        assertEquals(Optional.of("el"), guess("Ο υπουργός δήλωσε την Τρίτη ότι η κυβέρνηση δεν θα αλλάξει τα σχέδιά της για τον προϋπολογισμό."));
        assertEquals(Optional.of("he"), guess("השר אמר ביום שלישי כי הממשלה לא תשנה את תוכניותיה לגבי התקציב של השנה הבאה בכלל."));
    }

    @Test
    void guessesLatinLanguagesFromStopwords() {
        assertEquals(Optional.of("fr"), guess("Le ministre a déclaré mardi que le gouvernement ne changerait pas ses plans pour le budget de cette année."));
        assertEquals(Optional.of("de"), guess("Der Minister sagte am Dienstag, dass die Regierung ihre Pläne für den Haushalt nicht ändern wird und auch nicht muss."));
        assertEquals(Optional.of("es"), guess("El ministro dijo el martes que el gobierno no cambiará sus planes para el presupuesto, pero que hay más trabajo por hacer."));
        assertEquals(Optional.of("nl"), guess("De minister zei dinsdag dat de regering haar plannen voor de begroting niet zal wijzigen, maar er is nog werk aan de winkel."));
    }

    @Test
    void tellsCloseLanguagesApart() {
        assertEquals(Optional.of("da"), guess("Ministeren sagde tirsdag, at regeringen ikke vil ændre sine planer for budgettet, men at der stadig er meget arbejde at gøre."));
        assertEquals(Optional.of("no"), guess("Ministeren sa tirsdag at regjeringen ikke vil endre sine planer for budsjettet, men at det fortsatt er mye arbeid som gjenstår."));
        assertEquals(Optional.of("uk"), guess("Міністр заявив у вівторок, що уряд не змінюватиме свої плани щодо бюджету, але ще є багато роботи, яку треба зробити, і це важливо."));
        assertEquals(Optional.of("ru"), guess("Министр заявил во вторник, что правительство не будет менять свои планы по бюджету, но работы ещё много, и это важно для всех."));
    }

    @Test
    void tooLittleTextAndNoDeclarationIsEmpty() {
        assertEquals(Optional.empty(), guess("OK 123"));
    }
}
