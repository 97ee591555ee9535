"""Reads Silkgraph's exports with NetworkX's own readers and checks what they hold.

Usage: python scripts/check-readers.py DIR   (DIR written by `tsx scripts/export-samples.ts DIR`)
Cytoscape desktop cannot run here: its documented needs of a .cyjs (elements.nodes[].data.id and
.name, edges' data.source and data.target) are checked instead.
"""
import json
import sys
from pathlib import Path

import networkx as nx

folder = Path(sys.argv[1])
manifest = json.loads((folder / "manifest.json").read_text())
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def read(entry):
    path = folder / entry["file"]
    if entry["format"] == "gexf":
        return nx.read_gexf(path)
    if entry["format"] == "graphml":
        return nx.read_graphml(path, force_multigraph=entry["multigraph"])
    doc = json.loads(path.read_text())
    for node in doc["elements"]["nodes"]:
        check("id" in node["data"] and "name" in node["data"], f"{path.name}: a node without id or name (Cytoscape desktop)")
    for edge in doc["elements"]["edges"]:
        check("source" in edge["data"] and "target" in edge["data"], f"{path.name}: an edge without ends")
    return nx.cytoscape_graph(doc)


for entry in manifest:
    name = entry["file"]
    try:
        graph = read(entry)
    except Exception as error:  # a reader that cannot read the file is the failure reported
        failures.append(f"{name}: {type(error).__name__}: {error}")
        continue
    check(graph.number_of_nodes() == entry["nodes"], f"{name}: {graph.number_of_nodes()} nodes, expected {entry['nodes']}")
    check(graph.number_of_edges() == entry["edges"], f"{name}: {graph.number_of_edges()} edges, expected {entry['edges']}")
    check(graph.is_directed() == entry["directed"], f"{name}: directed is {graph.is_directed()}")
    for node, label in entry["labels"].items():
        data = graph.nodes[node] if node in graph else None
        check(data is not None, f"{name}: node {node!r} missing")
        if data is not None:
            shown = data.get("label", data.get("name"))
            check(shown == label, f"{name}: node {node!r} labelled {shown!r}, expected {label!r}")
    for source, target, weight in entry["weights"]:
        values = [d.get("weight") for _, t, d in graph.edges(source, data=True) if t == target]
        check(weight in values, f"{name}: weight {weight} of {source!r} → {target!r} read as {values}")
    print(f"ok  {name}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")

print(f"NetworkX {nx.__version__}: {len(manifest) - len({f.split(':')[0] for f in failures})} of {len(manifest)} files read as written")
for failure in failures:
    print(f"FAIL {failure}")
sys.exit(1 if failures else 0)
