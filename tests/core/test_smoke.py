from factories import make_jpeg


def test_import_then_list(vault, tmp_path):
    results = vault.documents.import_paths([make_jpeg(tmp_path / "scan.jpg")])
    assert [r.outcome.value for r in results] == ["imported"]
    assert [d.original_name for d in vault.documents.list()] == ["scan.jpg"]
