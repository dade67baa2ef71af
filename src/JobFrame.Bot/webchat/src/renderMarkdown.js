// How the page turns the bot's Markdown (message text and Adaptive Card TextBlocks) into HTML. Web Chat's own
// renderer applies typographic replacements (straight quotes become curly, "--" a dash), which would change canon
// text on screen; the bot promises verbatim canon text, so the page renders Markdown as Teams does: literally.
import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({
  // Raw HTML in a message is shown as text, never interpreted: nothing the bot relays can inject markup.
  html: false,
  linkify: true,
  typographer: false,
  // A line break in a TextBlock is a line break on screen, as in Teams (the text export's layout depends on it).
  breaks: true,
});

// Only links written with their scheme (https://...) become links: a file name such as "….P4-goals.md" names a file,
// not the Moldovan domain its extension happens to be.
markdown.linkify.set({ fuzzyLink: false, fuzzyEmail: false });

const defaultLinkOpen = markdown.renderer.rules.link_open
  ?? ((tokens, index, options, env, self) => self.renderToken(tokens, index, options));

// Links open in a new tab and give the opened page no handle on this one.
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  tokens[index].attrSet('target', '_blank');
  tokens[index].attrSet('rel', 'noopener noreferrer');
  return defaultLinkOpen(tokens, index, options, env, self);
};

export function renderMarkdown(text) {
  return markdown.render(text ?? '');
}
