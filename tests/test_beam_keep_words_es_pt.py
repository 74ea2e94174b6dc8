"""Spanish and Portuguese say a beam step keeps its hypotheses in the third person too ("se queda con", "fica
com", "mantiene", "conserva"): after a step's candidates are listed, a line that keeps two of them names the
step's beam, not six kept. A line that keeps the wrong two stays wrong."""

from __future__ import annotations

import pytest

from tests.kinds_languages import grade

BEAM = (
    "paso 1: yes 0,5 ; no 0,3 (maybe 0,2 queda fuera)\n"
    "paso 2: yes </s> 0,20 ; yes please 0,175 ; yes indeed 0,125 ; no thanks 0,15 ; no way 0,105 ; no </s> 0,045\n"
    " → {keep} {first} (0,20, terminada) y {second}. El ancho baja a 1.\n"
    "paso 3: yes please </s> = 0,175·0,9 = 0,1575 ; yes please now = 0,0175\n"
    " yes </s>: log(0,20)/2 = -0,805 ; yes please </s>: log(0,1575)/3 = -0,616\n"
    'Respuesta: gana "yes please </s>", con probabilidad 0,1575.\n'
)
KEEPS = ["se queda con", "el haz se queda con", "mantiene", "conserva", "fica com", "o feixe conserva"]


@pytest.mark.parametrize("keep", KEEPS)
def test_a_third_person_keep_word_names_the_beam(keep: str) -> None:
    text = BEAM.format(keep=keep, first="yes </s>", second="yes please (0,175)")
    full, codes = grade("decoding", "beam-length-normalised", text)
    assert full, codes


@pytest.mark.parametrize("keep", KEEPS)
def test_keeping_the_wrong_two_stays_wrong(keep: str) -> None:
    text = BEAM.format(keep=keep, first="yes </s>", second="no thanks (0,15)")
    full, codes = grade("decoding", "beam-length-normalised", text)
    assert not full, codes
