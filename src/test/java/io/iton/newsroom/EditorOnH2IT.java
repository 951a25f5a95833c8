package io.iton.newsroom;

/** The editor contract on the embedded default, H2. */
class EditorOnH2IT extends EditorContract {
}
