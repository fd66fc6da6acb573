/**
 * Page furniture a scraped or exported article carries around its text: the link lists that close
 * a page and the promotional, credit and boilerplate lines parse-article.ts drops. Patterns, not word lists.
 */

/** Headers of the link lists that close a scraped page ("Related topics", "More on this story"): they and all after them are dropped. */
export const TRAILER_HEADERS =
  /^(?:related|related (?:topics|stories|content|articles|links|coverage)|more on this (?:story|topic)|explore more on these topics|more from [^.]{1,40}|top stories|most (?:read|viewed|popular)(?: (?:from|on) [^.]{1,40})?|you (?:may|might) also like|recommended(?: stories)?|see also|read next)$/i;

/** Tokens that end a promotional or boilerplate line at the end of an export. */
export const BOILERPLATE_PATTERNS: readonly RegExp[] = [
  /^get (?:our|the)\b.*\b(?:newsletter|app|alerts?)\b/i,
  /^sign up\b/i,
  /^subscribe\b/i,
  /^share (?:this|on|via)\b/i,
  /^share$/i,
  /^read more\b/i,
  /^more (?:from|on|stories)\b/i,
  /^related(?: coverage| stories| articles)?\s*:/i,
  /^follow (?:us|@|the)\b/i,
  // A writer's promotion: "Follow Jane Doe on Twitter @janedoe."
  /^follow \p{Lu}[^.!?]{0,60}\bon (?:twitter|x|facebook|instagram|threads|bluesky|linkedin|tiktok)\b/iu,
  /^(?:copyright|©|\(c\))\s*/i,
  /all rights reserved/i,
  /^advertisement$/i,
  /^(?:the )?(?:story|article|text) continues (?:below|after)\b/i,
  /^click here\b/i,
  /^download (?:our|the)\b/i,
  /^(?:watch|listen)\s*:/i,
  /^this (?:article|story) (?:was|has been|originally)\b/i,
  /^(?:email|print|tweet|comments?)\s*$/i,
  /^(?:\*\s*){3,}$|^[-—_=]{3,}$/,
  /^(?:recommended|trending|most read|most popular)\b/i,
  /^support (?:our|independent) journalism\b/i,
  /^\(?(?:additional )?(?:reporting|writing|editing)(?: by)?\b.*(?:;|\bby\b)/i,
  // Wire credit lines: "Associated Press writers … contributed to this report.", "AP Technology Writer X reported from Y."
  /\bcontributed (?:reporting )?to this (?:report|story|article)\.?\)?$/i,
  /^(?:AP|Associated Press|Reuters|AFP)\b.{0,60}\b(?:writers?|correspondents?|reporters?|editors?)\b.{0,120}\b(?:reported from|contributed)\b/i,
  // Reporter footers and shop promotions: "Email her at …", "Order your copy at …", "Our Standards: …".
  /\b(?:email|e-mail|contact|reach) (?:him|her|them|me|us) at\b/i,
  /\border (?:your|a) copy\b/i,
  /^delivery charges may apply/i,
  /^our standards\s*:/i,
  // A short line that ends in a link: "Follow AP's coverage of … at https://…", "AP NFL: https://…".
  /^[^.!?]{0,120}\bhttps?:\/\/\S+$/i,
  /^\(?(?:compiled|edited|written) by\b/i,
  // Live-blog furniture: entry times on a line of their own ("14.18 GMT", "9:05 a.m. ET"), key-event toggles.
  /^\d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:GMT|BST|UTC|CET|CEST|EST|EDT|ET|PT|PST|PDT|CT|CST|CDT|MT|IST|JST|KST|AEST|AEDT|HKT|SGT)?$/i,
  /^show key events only$/i,
  /^please turn on javascript\b/i,
  // Page furniture and wire service notes: "Gift this article", "From the section Man Utd",
  // "— With assistance from …", "(Updates with … in 11th paragraph.)", NYT print notes, AFP desk codes ("arb/dw").
  /^gift this article$/i,
  /^from the section\b/i,
  /^[—–-]+\s*with assistance from\b/i,
  /^\((?:updates|adds|recasts|corrects|changes|rewrites|refiles)\b[^()]{0,160}\)$/i,
  /^a version of this article appears in print\b/i,
  /^[a-z]{2,4}(?:\/[a-z]{2,4})+$/,
];
