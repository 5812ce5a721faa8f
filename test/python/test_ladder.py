import json

import pytest
from barista_model.ladder import Ladder, LadderError, Size, default_ladder, parse_ladder
from barista_model.segments import plan_segments


def pairs(ladder: Ladder) -> list[tuple[str, int, int]]:
    return [(s.name, s.layer, s.dim) for s in ladder.sizes]


def test_12_layer_384_wide_is_the_bge_small_ladder():
    assert pairs(default_ladder(12, 384)) == [
        ("demi", 2, 16),
        ("short", 4, 32),
        ("tall", 6, 64),
        ("grande", 8, 128),
        ("venti", 10, 256),
        ("trenta", 12, 384),
    ]


def test_12_layer_768_wide_is_the_design_table():
    assert pairs(default_ladder(12, 768)) == [
        ("demi", 2, 32),
        ("short", 4, 64),
        ("tall", 6, 128),
        ("grande", 8, 256),
        ("venti", 10, 512),
        ("trenta", 12, 768),
    ]


def test_6_layer_model_takes_every_layer():
    assert pairs(default_ladder(6, 384)) == [
        ("demi", 1, 16),
        ("short", 2, 32),
        ("tall", 3, 64),
        ("grande", 4, 128),
        ("venti", 5, 256),
        ("trenta", 6, 384),
    ]


def test_too_shallow_a_model_needs_an_explicit_ladder():
    with pytest.raises(LadderError, match="--ladder"):
        default_ladder(4, 384)


def test_segments_are_cut_exactly_at_the_ladder_layers():
    segments = plan_segments(default_ladder(12, 384))
    assert [(s.from_layer, s.to_layer) for s in segments] == [(0, 2), (2, 4), (4, 6), (6, 8), (8, 10), (10, 12)]
    assert segments[0].file == "segment-00-02.onnx"
    assert segments[0].input_names == ("input_ids", "attention_mask", "token_type_ids")
    assert segments[1].input_names == ("hidden_in", "attention_mask")


@pytest.mark.parametrize(
    "sizes, message",
    [
        ([Size("a", 2, 8), Size("b", 2, 16)], "deeper"),
        ([Size("a", 3, 8), Size("b", 13, 16)], "at most"),
        ([Size("a", 3, 0)], "dim"),
        ([Size("a", 3, 385)], "dim"),
        ([Size("a", 2, 8), Size("a", 4, 16)], "repeat"),
        ([], "empty"),
    ],
)
def test_ladders_that_do_not_fit_the_model_are_refused(sizes, message):
    with pytest.raises(LadderError, match=message):
        Ladder(tuple(sizes)).check_fits(num_layers=12, hidden_size=384)


def test_ladder_is_read_inline_or_from_a_file(tmp_path):
    raw = [{"name": "small", "layer": 3, "dim": 64}, {"name": "big", "layer": 12, "dim": 384}]
    path = tmp_path / "ladder.json"
    path.write_text(json.dumps(raw))
    assert parse_ladder(json.dumps(raw)) == parse_ladder(str(path))
    assert parse_ladder(str(path)).to_json() == raw
    with pytest.raises(LadderError):
        parse_ladder('[{"name": "x"}]')
