"""The words and letters every printed or exported file shares: the handout label catalogue in
seven languages, fonts and what they cover, locale formatting, text folding and transliteration."""
