"""The encrypted blob store: round trip, tampering and swapping caught, atomic writes,
listing and verifying."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest

from clinicdesk.errors import StorageError, VaultDamaged
from clinicdesk.vault import blobs
from clinicdesk.vault.blobs import BlobName, BlobProblem, BlobStore

KEY = bytes(range(32))
SECRET = b"pixels of a face, Qzxv-7781 " * 200
ORIGINAL = BlobName("photo", 7, "original")
PREVIEW = BlobName("photo", 7, "preview")
OTHER = BlobName("photo", 8, "original")


@pytest.fixture
def store(tmp_path: Path) -> BlobStore:
    return BlobStore(tmp_path / "blobs", {1: KEY})


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def test_a_blob_comes_back_as_written_and_is_only_ciphertext_on_disk(store):
    store.write(ORIGINAL, SECRET)
    assert store.read(ORIGINAL) == SECRET
    [path] = _files(store.folder)
    assert path == store.path(ORIGINAL)
    assert path.parent.parent == store.folder and len(path.parent.name) == 2
    stored = path.read_bytes()
    assert stored.startswith(b"CDBL\x01\x00\x00\x00\x01")
    assert b"Qzxv-7781" not in stored
    assert len(stored) == len(SECRET) + blobs.HEADER_BYTES + blobs.NONCE_BYTES + blobs.TAG_BYTES


def test_every_write_takes_a_fresh_nonce(store):
    store.write(ORIGINAL, SECRET)
    first = store.path(ORIGINAL).read_bytes()
    store.write(ORIGINAL, SECRET)
    second = store.path(ORIGINAL).read_bytes()
    nonce = slice(blobs.HEADER_BYTES, blobs.HEADER_BYTES + blobs.NONCE_BYTES)
    assert first[nonce] != second[nonce] and first[nonce.stop :] != second[nonce.stop :]


def test_a_photo_s_blobs_sit_together(store):
    assert store.path(ORIGINAL).parent == store.path(PREVIEW).parent


@pytest.mark.parametrize("offset", [0, 6, blobs.HEADER_BYTES + 3, -1, -40])
def test_a_changed_byte_anywhere_is_caught(store, offset):
    store.write(ORIGINAL, SECRET)
    path = store.path(ORIGINAL)
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))
    expected = BlobProblem.UNKNOWN_KEY if offset == 6 else BlobProblem.DAMAGED
    assert store.problem(ORIGINAL) is expected
    with pytest.raises(VaultDamaged, match=str(ORIGINAL)):
        store.read(ORIGINAL)


def test_a_blob_cut_short_is_caught(store):
    store.write(ORIGINAL, SECRET)
    path = store.path(ORIGINAL)
    path.write_bytes(path.read_bytes()[:-1])
    assert store.problem(ORIGINAL) is BlobProblem.DAMAGED
    path.write_bytes(b"CDBL")
    assert store.problem(ORIGINAL) is BlobProblem.DAMAGED


@pytest.mark.parametrize("target", [OTHER, PREVIEW], ids=["another photo", "another kind"])
def test_a_blob_moved_to_another_name_does_not_open(store, target):
    store.write(ORIGINAL, SECRET)
    store.write(target, b"what belongs here")
    shutil.copyfile(store.path(ORIGINAL), store.path(target))
    assert store.problem(target) is BlobProblem.DAMAGED
    with pytest.raises(VaultDamaged):
        store.read(target)
    assert store.read(ORIGINAL) == SECRET


def test_a_missing_blob_and_a_foreign_key_are_named(store, tmp_path):
    with pytest.raises(VaultDamaged, match="photo-7-original is missing"):
        store.read(ORIGINAL)
    assert store.problem(ORIGINAL) is BlobProblem.MISSING
    BlobStore(store.folder, {2: bytes(32)}).write(OTHER, SECRET)
    assert store.problem(OTHER) is BlobProblem.UNKNOWN_KEY


def test_the_newest_key_seals_and_every_key_opens(store):
    store.write(ORIGINAL, SECRET)
    rotated = BlobStore(store.folder, {1: KEY, 2: bytes(32)})
    rotated.write(OTHER, b"new")
    assert rotated.path(OTHER).read_bytes()[5:9] == b"\x00\x00\x00\x02"
    assert rotated.read(ORIGINAL) == SECRET and rotated.read(OTHER) == b"new"


def test_a_sha256_catches_an_authentic_blob_that_is_not_the_one_recorded(store):
    import hashlib

    store.write(ORIGINAL, SECRET)
    digest = hashlib.sha256(SECRET).hexdigest()
    assert store.problem(ORIGINAL, digest) is None
    store.write(ORIGINAL, b"an older photo, put back")
    assert store.problem(ORIGINAL, digest) is BlobProblem.REPLACED


def _failing(error: int):
    def fail(*args, **kwargs):
        raise OSError(error, os.strerror(error))

    return fail


def test_a_full_disk_mid_write_leaves_nothing_half_written(store, monkeypatch):
    # GIVEN a blob already stored, and a disk that fills up before the new copy is synced
    store.write(ORIGINAL, SECRET)
    monkeypatch.setattr(os, "fsync", _failing(errno.ENOSPC))

    # WHEN it is written again, and another one for the first time
    for name in (ORIGINAL, OTHER):
        with pytest.raises(StorageError, match="The disk is full"):
            store.write(name, b"new content")

    # THEN the old blob is whole, the new one is absent, and no temporary file is left
    monkeypatch.undo()
    assert store.read(ORIGINAL) == SECRET
    assert store.names() == [ORIGINAL]
    assert store.leftovers() == []
    assert _files(store.folder) == [store.path(ORIGINAL)]


def test_a_refused_rename_says_where_and_leaves_no_temporary_file(store, monkeypatch):
    monkeypatch.setattr(Path, "replace", _failing(errno.EACCES))
    with pytest.raises(StorageError, match=r"cannot write in .*blobs: Permission denied") as error:
        store.write(ORIGINAL, SECRET)
    assert error.value.args_for_message["reason"] == "Permission denied"
    assert _files(store.folder) == []


def test_a_folder_that_cannot_be_made_is_a_storage_error(tmp_path):
    (tmp_path / "blobs").write_text("a file where the folder should be")
    with pytest.raises(StorageError):
        BlobStore(tmp_path / "blobs", {1: KEY}).write(ORIGINAL, SECRET)


def test_listing_verifying_and_cleaning_up(store):
    for name in (ORIGINAL, PREVIEW, OTHER):
        store.write(name, SECRET)
    leftover = store.path(OTHER).with_name("photo-8-original.blob.tmp-0123456789abcdef")
    leftover.write_bytes(b"ciphertext of an interrupted write")
    foreign = store.folder / "zz" / "notes.txt"
    foreign.parent.mkdir()
    foreign.write_text("not a blob")
    assert store.names() == [ORIGINAL, PREVIEW, OTHER]
    assert store.leftovers() == sorted([leftover, foreign])

    seen = []
    report = store.verify(progress=lambda done, total: seen.append((done, total)))
    assert report.checked == 3 and report.problems == () and not report.ok
    assert seen == [(1, 3), (2, 3), (3, 3)]

    shutil.copyfile(store.path(PREVIEW), store.path(ORIGINAL))
    missing = BlobName("photo", 9, "original")
    report = store.verify([ORIGINAL, PREVIEW, missing])
    assert report.checked == 3
    assert report.problems == (
        (ORIGINAL, BlobProblem.DAMAGED),
        (missing, BlobProblem.MISSING),
    )
    assert report.unexpected == (OTHER,)

    assert store.remove_leftovers() == 1
    assert store.leftovers() == [foreign]
    store.delete(OTHER)
    store.delete(OTHER)  # already gone: nothing to do
    assert store.names() == [ORIGINAL, PREVIEW]


def test_names_are_checked():
    assert BlobName.parse("photo-12-thumbnail") == BlobName("photo", 12, "thumbnail")
    for text in ("photo-0-original", "photo-1-", "../photo-1-original", "Photo-1-original"):
        assert BlobName.parse(text) is None
    with pytest.raises(ValueError, match="not a blob name"):
        BlobName("photo/..", 1, "original")
    with pytest.raises(ValueError, match="256-bit"):
        BlobStore(Path("x"), {1: b"short"})
