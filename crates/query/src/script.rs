//! Splitting a SQL script into statements, remembering the line each starts on, so that an
//! error can name `file:line`. Quotes and comments are respected; a `;` inside them does not
//! end a statement.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    pub sql: String,
    /// 1-based line of the statement's first character.
    pub line: usize,
}

pub fn split(script: &str) -> Vec<Statement> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut start_line: Option<usize> = None;
    let mut line = 1;
    let mut chars = script.chars().peekable();
    let mut quote: Option<char> = None;
    while let Some(c) = chars.next() {
        match quote {
            Some(q) => {
                current.push(c);
                if c == q {
                    quote = None;
                }
            }
            None if c == '-' && chars.peek() == Some(&'-') => {
                // Line comment: skip to the end of the line.
                for n in chars.by_ref() {
                    if n == '\n' {
                        current.push('\n');
                        line += 1;
                        break;
                    }
                }
                continue;
            }
            None if c == '/' && chars.peek() == Some(&'*') => {
                chars.next();
                let mut prev = ' ';
                for n in chars.by_ref() {
                    if n == '\n' {
                        current.push('\n');
                        line += 1;
                    }
                    if prev == '*' && n == '/' {
                        break;
                    }
                    prev = n;
                }
                continue;
            }
            None if c == ';' => {
                if let Some(l) = start_line.take() {
                    out.push(Statement { sql: current.trim().to_string(), line: l });
                }
                current.clear();
            }
            None => {
                if c == '\'' || c == '"' {
                    quote = Some(c);
                }
                if !c.is_whitespace() && start_line.is_none() {
                    start_line = Some(line);
                }
                current.push(c);
            }
        }
        if c == '\n' {
            line += 1;
        }
    }
    if let Some(l) = start_line {
        if !current.trim().is_empty() {
            out.push(Statement { sql: current.trim().to_string(), line: l });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statements_with_their_lines() {
        let script = "-- header; comment\n\nSELECT 1;\n/* block ; */ SELECT ';' AS x\n  ;\n\nSELECT\n 3";
        let s = split(script);
        assert_eq!(s.len(), 3);
        assert_eq!((s[0].sql.as_str(), s[0].line), ("SELECT 1", 3));
        assert_eq!((s[1].sql.as_str(), s[1].line), ("SELECT ';' AS x", 4));
        assert_eq!((s[2].sql.as_str(), s[2].line), ("SELECT\n 3", 7));
    }

    #[test]
    fn comments_only_is_no_statement() {
        assert!(split("-- nothing here\n/* nor here */\n").is_empty());
    }
}
