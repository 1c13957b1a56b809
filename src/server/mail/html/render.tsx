import "server-only";
import { Body, Button, Container, Head, Hr, Html, Link, Preview, Section, Text, render } from "@react-email/components";
import type { ReactNode } from "react";

/**
 * The HTML part of every email, rendered in the worker at send time from the stored plain text:
 * the same paragraphs and links in a calm layout, so the HTML can never say more (or name more
 * people) than the text does. Rendering from text also covers emails queued before HTML existed.
 */
export async function renderEmailHtml(email: { subject: string; text: string }): Promise<string> {
  return render(<EmailLayout subject={email.subject} text={email.text} />);
}

const url = /(https?:\/\/[^\s]+)/g;
const colors = { page: "#f6f5f2", card: "#ffffff", text: "#1f2a2a", muted: "#55605f", primary: "#1d6b63", line: "#e3e0da" };
const font = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

/** Links inside a line stay links; everything else is text React escapes. */
function withLinks(line: string): ReactNode[] {
  return line.split(url).map((part, index) =>
    index % 2 === 1 ? (
      <Link key={index} href={part} style={{ color: colors.primary, textDecoration: "underline", wordBreak: "break-all" }}>
        {part}
      </Link>
    ) : (
      part
    ),
  );
}

function Paragraph({ block }: { block: string }) {
  const lines = block.split("\n");
  // A paragraph that is only a link is the email's action: a button, with the address under it.
  if (lines.length === 1 && /^https?:\/\/\S+$/.test(block)) {
    return (
      <Section style={{ margin: "8px 0 20px" }}>
        <Button href={block} style={{ backgroundColor: colors.primary, color: "#ffffff", borderRadius: 12, padding: "12px 20px", fontWeight: 600, fontSize: 16 }}>
          Open Tandem
        </Button>
        <Text style={{ margin: "8px 0 0", fontSize: 13, color: colors.muted, wordBreak: "break-all" }}>{withLinks(block)}</Text>
      </Section>
    );
  }
  return (
    <Text style={{ margin: "0 0 16px", fontSize: 16, lineHeight: "24px", color: colors.text }}>
      {lines.map((line, index) => (
        <span key={index}>
          {index > 0 ? <br /> : null}
          {withLinks(line)}
        </span>
      ))}
    </Text>
  );
}

function EmailLayout({ subject, text }: { subject: string; text: string }) {
  const blocks = text.split(/\n{2,}/).filter((block) => block.trim() !== "");
  const safetyIndex = blocks.findIndex((block) => block.startsWith("If you might hurt yourself"));
  const body = safetyIndex === -1 ? blocks : blocks.slice(0, safetyIndex);
  const footer = safetyIndex === -1 ? [] : blocks.slice(safetyIndex);
  return (
    <Html lang="en">
      <Head>
        <title>{subject}</title>
      </Head>
      <Preview>{subject}</Preview>
      <Body style={{ backgroundColor: colors.page, fontFamily: font, margin: 0, padding: "24px 12px" }}>
        <Container style={{ maxWidth: 560, margin: "0 auto", backgroundColor: colors.card, borderRadius: 16, padding: "28px 24px", border: `1px solid ${colors.line}` }}>
          <Text style={{ margin: "0 0 20px", fontSize: 18, fontWeight: 700, color: colors.primary }}>Tandem</Text>
          {body.map((block, index) => (
            <Paragraph key={index} block={block} />
          ))}
          {footer.length ? (
            <>
              <Hr style={{ borderColor: colors.line, margin: "24px 0 16px" }} />
              {footer.map((block, index) => (
                <Text key={index} style={{ margin: 0, fontSize: 14, lineHeight: "20px", color: colors.muted }}>
                  {withLinks(block)}
                </Text>
              ))}
            </>
          ) : null}
        </Container>
      </Body>
    </Html>
  );
}
