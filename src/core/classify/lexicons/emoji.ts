/**
 * Emoji and emoticon hints: polarity on a −3…3 scale, and which ones mark sarcasm.
 *
 * Source: hand-curated by the Parley team for this project from how the symbols are commonly used
 * in comments to brands (not from a published emoji-sentiment data set). Licence: the same as
 * Parley itself. Keys are the base pictograph without variation selectors or skin tones.
 */
export const EMOJI_POLARITY =
  '😀:2 😃:2 😄:2 😁:2 😆:1.5 😊:2 🙂:1 😍:3 🥰:3 😘:2 😻:2 ❤:3 ♥:2 💕:2 💖:2 💗:2 💙:2 💚:2 💛:2 💜:2 🧡:2 🤍:2 ' +
  '💯:2 👍:2 👏:2 🙌:2 🎉:2 🥳:2 ✨:1 🤩:3 😎:1 ⭐:1 🌟:2 🏆:2 💪:1 🙏:1 😇:2 🤗:2 😋:2 👌:2 ✅:1 🥇:2 ☺:2 😌:1 ' +
  '🔥:1 🤝:1 💐:2 🌹:1 😂:0.3 🤣:0.3 😅:0.2 ' +
  '😡:-3 😠:-3 🤬:-3 👎:-2 💩:-2 😤:-2 😞:-2 😢:-2 😭:-1.5 😒:-2 🙄:-1 😩:-2 😫:-2 🤮:-3 🤢:-2 😔:-2 ☹:-2 ' +
  '🙁:-2 😕:-1 😐:-0.5 😑:-1 🤦:-2 😬:-1 😱:-2 😨:-2 😰:-2 😓:-1 😖:-2 😣:-2 💔:-2 ⚠:-1 🚫:-1 ❌:-1 😪:-1 ' +
  '🤡:-2 🐌:-1 ⏳:-0.5 🥲:-0.5 😵:-1 🫠:-1 😶:-0.5 🖕:-3 😾:-2 🥱:-1 🤨:-1 🙃:-0.5 😏:-0.5';

/** Emoji that on their own mark a comment as sarcastic (eye roll, upside-down face). */
export const SARCASM_EMOJI = '🙄 🙃';
/** Emoji that mark sarcasm only next to a complaint. */
export const SARCASM_EMOJI_WEAK = '😏 🤡 😂 🤣';

/** Text emoticons (matched as typed, case-sensitive except the letter ones). */
export const EMOTICON_POLARITY: Record<string, number> = {
  ':)': 2, ':-)': 2, '=)': 2, ':]': 1, ':D': 2, ':-D': 2, '=D': 2, ';)': 1, ';-)': 1, ':P': 1, ':p': 1, ':-P': 1,
  ':(': -2, ':-(': -2, '=(': -2, ":'(": -2, ':[': -1, ':/': -1, ':-/': -1, ':\\': -1, ':|': -0.5, ':-|': -0.5,
  '<3': 3, xD: 1, XD: 1, ':O': -0.5, ':o': -0.5, ':*': 2,
};
