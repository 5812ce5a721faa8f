"""Items from one source file: a documented definition (its doc comment, name and code) or a docs section.

Every language gives the same thing, an `Item`: the summary of the doc comment right above a definition,
the definition's name, its code without the comment and with it. Python reads docstrings through `ast`;
languages with braces read the comment block above a declaration and the code to the closing brace;
Ruby reads `#` comments above `def`/`class`/`module` and the code to the matching `end`; Markdown gives a
heading and the section under it. The miner turns items into query/positive pairs of several kinds.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass

MIN_QUERY_WORDS = 3
MAX_QUERY_CHARS = 300
MIN_CODE_LINES = 3
MAX_CODE_LINES = 60

LANGUAGES = {
    ".py": "python",
    ".js": "javascript",
    ".mjs": "javascript",
    ".cjs": "javascript",
    ".jsx": "javascript",
    ".ts": "typescript",
    ".mts": "typescript",
    ".cts": "typescript",
    ".tsx": "typescript",
    ".go": "go",
    ".rs": "rust",
    ".java": "java",
    ".kt": "kotlin",
    ".kts": "kotlin",
    ".cs": "csharp",
    ".c": "c",
    ".h": "c",
    ".cc": "cpp",
    ".cpp": "cpp",
    ".cxx": "cpp",
    ".hh": "cpp",
    ".hpp": "cpp",
    ".hxx": "cpp",
    ".rb": "ruby",
    ".php": "php",
    ".md": "markdown",
    ".markdown": "markdown",
}
BRACE_LANGUAGES = frozenset({"javascript", "typescript", "go", "rust", "java", "kotlin", "csharp", "c", "cpp", "php"})


@dataclass(frozen=True)
class Item:
    summary: str  # the doc comment's first paragraph (or a heading), one line
    name: str  # the defined name ("" for docs sections)
    code: str  # the definition without its doc comment (a section's text for docs)
    documented: str  # the definition with its doc comment, as a chunk of the file would show it


def language_of(filename: str) -> str | None:
    dot = filename.rfind(".")
    return LANGUAGES.get(filename[dot:].lower()) if dot >= 0 else None


def clean_query(text: str, min_words: int = MIN_QUERY_WORDS) -> str | None:
    """The summary of a doc comment: its first paragraph, without markup, one line."""
    paragraph = re.split(r"\n\s*\n", text.strip(), maxsplit=1)[0]
    paragraph = re.sub(r"\{@\w+\s+([^}]*)\}", r"\1", paragraph)  # {@link Foo} -> Foo
    paragraph = re.sub(r"</?\w+[^>]*>", "", paragraph)  # <p>, <code>, <summary>
    paragraph = re.sub(r"[`*]|:\w+:|^[@\\](brief|summary)\s+", "", paragraph)
    query = " ".join(paragraph.split())
    if len(query) > MAX_QUERY_CHARS:
        query = query[:MAX_QUERY_CHARS].rsplit(" ", 1)[0]
    words = re.findall(r"[A-Za-z]{2,}", query)
    if len(words) < min_words or query.lower().startswith(
        ("todo", "deprecated", "internal", "copyright", "licensed", "spdx", "nolint", "go:", "see ")
    ):
        return None
    return query


def _dedent(lines: list[str]) -> str:
    indents = [len(line) - len(line.lstrip()) for line in lines if line.strip()]
    cut = min(indents) if indents else 0
    return "\n".join(line[cut:].rstrip() for line in lines).strip("\n")


def _long_enough(lines: list[str]) -> bool:
    return sum(1 for line in lines if line.strip()) >= MIN_CODE_LINES


# --- Python -------------------------------------------------------------------------------------------


def python_items(text: str) -> Iterator[Item]:
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return
    lines = text.splitlines()
    for node in ast.walk(tree):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        doc = ast.get_docstring(node, clean=True)
        body = node.body
        if not doc or not body or not isinstance(body[0], ast.Expr):
            continue
        summary = clean_query(doc)
        if not summary:
            continue
        start = (node.decorator_list[0].lineno if node.decorator_list else node.lineno) - 1
        end = node.end_lineno or node.lineno
        if isinstance(node, ast.ClassDef):
            end = min(end, start + MAX_CODE_LINES)
        doc_first, doc_last = body[0].lineno - 1, (body[0].end_lineno or body[0].lineno)
        kept = lines[start:doc_first] + lines[doc_last:end]
        if not _long_enough(kept) or end - start > MAX_CODE_LINES * 2:
            continue
        documented = _dedent(lines[start:end][:MAX_CODE_LINES])
        yield Item(summary, node.name, _dedent(kept[:MAX_CODE_LINES]), documented)


# --- Languages with braces ----------------------------------------------------------------------------

BLOCK_COMMENT = re.compile(r"/\*\*(?!\*)(.*?)\*/[ \t]*\n", re.DOTALL)
C_BLOCK_COMMENT = re.compile(r"/\*(?![*!])(.*?)\*/[ \t]*\n", re.DOTALL)  # C code documents with plain /* */
LINE_COMMENT = re.compile(r"(?:^[ \t]*//[/!]?.*\n)+", re.MULTILINE)
KEYWORDS = re.compile(
    r"\b(function|class|interface|struct|enum|trait|impl|type|fn|func|fun|object|record|namespace|module|def)\b"
)
NOT_DECLARATIONS = re.compile(
    r"^\s*(return|if|else|for|while|switch|case|do|try|catch|throw|yield|await|#include|import|"
    r"package|use|using|@?\w+\s*=[^=>]|}|\)|//|/\*|\*)"
)
NAME_AFTER_KEYWORD = re.compile(
    r"\b(?:function|class|interface|struct|enum|trait|type|fn|func|fun|object|record|namespace|module|def)\s+"
    r"(?:\([^)]*\)\s*)?([A-Za-z_$][\w$]*)"
)
NAME_BEFORE_PAREN = re.compile(r"([A-Za-z_$~][\w$]*)\s*(?:<[^<>()]*>)?\s*\(")
CALL_LIKE = frozenset({"if", "for", "while", "switch", "catch", "return", "sizeof", "new", "super", "this", "assert"})


def _comment_text(block: str) -> str:
    """The prose of a comment block: markers and tag lines (@param, :param, \\param) dropped."""
    body = block.strip()
    if body.startswith("/*"):
        body = body[3:] if body.startswith("/**") else body[2:]
    body = body.removesuffix("*/")
    kept: list[str] = []
    for line in body.splitlines():
        line = re.sub(r"^\s*(///?!?|#+|\*)\s?", "", line)
        if re.match(r"\s*[@\\]\w+", line) and not re.match(r"\s*[@\\](brief|summary)\b", line):
            break
        if re.match(r"\s*#\s*(Arguments|Examples?|Panics|Errors|Safety)\b", line):
            break
        kept.append(line)
    return "\n".join(kept)


def declaration_name(line: str) -> str:
    found = NAME_AFTER_KEYWORD.search(line)
    if found:
        return found.group(1)
    for match in NAME_BEFORE_PAREN.finditer(line):
        if match.group(1) not in CALL_LIKE:
            return match.group(1)
    return ""


def _looks_like_declaration(line: str, language: str) -> bool:
    if not line.strip() or NOT_DECLARATIONS.match(line):
        return False
    if language == "go":
        return line.startswith(("func ", "type "))
    return bool(KEYWORDS.search(line)) or "(" in line


def _until_balanced(lines: list[str]) -> list[str] | None:
    depth, opened = 0, False
    for i, line in enumerate(lines[: MAX_CODE_LINES * 2]):
        stripped = re.sub(r"(['\"`])(?:\\.|(?!\1).)*\1", "", line)  # strings on one line
        stripped = re.sub(r"//.*$", "", stripped)
        depth += stripped.count("{") - stripped.count("}")
        opened = opened or "{" in stripped
        if opened and depth <= 0:
            return lines[: i + 1]
        if not opened and (stripped.rstrip().endswith(";") or (i > 0 and not stripped.strip())):
            return None  # a prototype, an abstract method, a field or an alias: no body
    return None


def _first_code_line(lines: list[str]) -> int:
    """Skips attributes and annotations between a doc comment and its declaration (#[derive], @Override)."""
    i = 0
    while i < len(lines) and i < 6 and re.match(r"\s*(#\[|@[A-Z]\w*|\[[A-Z]\w*)", lines[i]):
        i += 1
    return i


def brace_items(text: str, language: str) -> Iterator[Item]:
    comment_pattern = BLOCK_COMMENT if language in ("javascript", "typescript", "java", "kotlin", "php") else None
    blocks = list(comment_pattern.finditer(text)) if comment_pattern else []
    if language in ("go", "rust", "csharp", "c", "cpp"):
        blocks += [*BLOCK_COMMENT.finditer(text), *C_BLOCK_COMMENT.finditer(text)] if language in ("c", "cpp") else []
        blocks += list(LINE_COMMENT.finditer(text))
    for match in blocks:
        summary = clean_query(_comment_text(match.group(0)))
        if not summary:
            continue
        rest = text[match.end() :].splitlines()
        skip = _first_code_line(rest)
        if skip >= len(rest) or not _looks_like_declaration(rest[skip], language):
            continue
        code = _until_balanced(rest[skip:])
        if not code or not _long_enough(code):
            continue
        name = declaration_name(code[0])
        summary = _without_leading_name(summary, name)
        if not summary:
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        comment = text[line_start : match.end()].rstrip("\n").splitlines()
        whole = comment + rest[:skip] + code
        yield Item(summary, name, _dedent((rest[:skip] + code)[:MAX_CODE_LINES]), _dedent(whole[:MAX_CODE_LINES]))


def _without_leading_name(summary: str, name: str) -> str | None:
    """Go and Rust comments often open with the name ("Foo returns ..."): the query should not give it away."""
    if name and summary.split(" ", 1)[0].strip("`*") == name:
        rest = summary.split(" ", 1)[1] if " " in summary else ""
        rest = re.sub(r"^(is|are)\s+", "", rest)
        return rest[:1].upper() + rest[1:] if len(re.findall(r"[A-Za-z]{2,}", rest)) >= MIN_QUERY_WORDS else None
    return summary


# --- Ruby ---------------------------------------------------------------------------------------------

RUBY_COMMENT = re.compile(r"(?:^[ \t]*#(?!!).*\n)+", re.MULTILINE)
RUBY_DEFINITION = re.compile(r"^(\s*)(def|class|module)\s+(self\.)?([\w:.?!=<>\[\]+-]+)")


def ruby_items(text: str) -> Iterator[Item]:
    for match in RUBY_COMMENT.finditer(text):
        rest = text[match.end() :].splitlines()
        if not rest:
            continue
        definition = RUBY_DEFINITION.match(rest[0])
        if not definition:
            continue
        summary = clean_query(_comment_text(match.group(0)))
        if not summary:
            continue
        indent = definition.group(1)
        end = None
        if re.search(r"\bend\s*$", rest[0]) and definition.group(2) == "def":
            end = 0
        for i, line in enumerate(rest[1 : MAX_CODE_LINES * 2], start=1):
            if line.startswith(indent + "end") and (
                len(line) == len(indent) + 3 or not line[len(indent) + 3].isalnum()
            ):
                end = i
                break
        if end is None:
            continue
        code = rest[: end + 1]
        if not _long_enough(code):
            continue
        comment = match.group(0).rstrip("\n").splitlines()
        yield Item(
            summary,
            definition.group(4).split(".")[-1],
            _dedent(code[:MAX_CODE_LINES]),
            _dedent((comment + code)[:MAX_CODE_LINES]),
        )


# --- Markdown -----------------------------------------------------------------------------------------

HEADING = re.compile(r"^(#{1,4})\s+(.+?)\s*#*\s*$")


def markdown_items(text: str) -> Iterator[Item]:
    """A heading is the query, the section under it (to the next heading of its level or above) the positive."""
    lines = text.splitlines()
    headings: list[tuple[int, int, str]] = []
    fenced = False
    for i, line in enumerate(lines):
        if line.lstrip().startswith("```"):
            fenced = not fenced
        found = None if fenced else HEADING.match(line)
        if found:
            headings.append((i, len(found.group(1)), found.group(2)))
    title = next((h[2] for h in headings if h[1] == 1), "")
    for n, (at, level, heading) in enumerate(headings):
        end = next((h[0] for h in headings[n + 1 :] if h[1] <= level), len(lines))
        section = lines[at + 1 : min(end, at + 1 + MAX_CODE_LINES)]
        if not _long_enough(section):
            continue
        words = re.sub(r"[`*_\[\]()]", "", heading)
        query = clean_query(
            words if len(words.split()) >= 3 or not title or title == heading else f"{title}: {words}", min_words=2
        )
        if not query:
            continue
        yield Item(query, "", _dedent(section), _dedent(lines[at : at + 1 + len(section)]))


def items(text: str, language: str) -> Iterator[Item]:
    if language == "python":
        return python_items(text)
    if language == "ruby":
        return ruby_items(text)
    if language == "markdown":
        return markdown_items(text)
    if language in BRACE_LANGUAGES:
        return brace_items(text, language)
    return iter(())
