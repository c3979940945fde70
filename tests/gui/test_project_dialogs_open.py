"""``bpstudio FILE`` opens a project saved under another suffix as a project."""

from bpstudio.cli import main


def test_open_path_project_other_suffix(window, tmp_path, shown_errors):
    project = tmp_path / "iris.bpsproj"
    argv = ["train", "sample:iris", "--epochs", "2", "--quiet", "--save", str(project)]
    assert main(argv) == 0

    window.open_path(str(project))

    assert not shown_errors
    assert window.session.source.get("name") == "iris"
    assert len(window.session.history["loss"]) == 2
