#!/usr/bin/env python3
"""Points each "[N](../../path/Algo.java#Lx)" step link of docs/algorithms/*.md at the line of its
"// Step N" comment again, after the source moved (DocsStepLinksTest fails until it does).
For a step commented twice, the comment nearest the old line wins.   scripts/fix-step-links.py"""
import glob, os, re

LINK = re.compile(r'\[(\d+(?:-\d+)?)\]\(\.\./\.\./([^)#]+\.java)#L(\d+)\)')
STEP = re.compile(r'^\s*(?://|/\*\*|\*)\s*Steps? (\d+(?:-\d+)?)\b')
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
for page in sorted(glob.glob('docs/algorithms/*.md')):
    text, moved, sources = open(page).read(), [0], {}

    def fix(m):
        label, path, line = m.group(1), m.group(2), int(m.group(3))
        lines = sources.setdefault(path, open(path).read().splitlines())
        found = [i + 1 for i, l in enumerate(lines) if (s := STEP.match(l)) and s.group(1) == label]
        if not found:
            print(f'{page}: step {label} has no comment in {path}')
            return m.group(0)
        best = min(found, key=lambda c: abs(c - line))
        moved[0] += best != line
        return f'[{label}](../../{path}#L{best})'

    text = LINK.sub(fix, text)
    open(page, 'w').write(text)
    print(f'{page}: {moved[0]} link(s) moved')
