package io.iton.media;

/** The media contract on the embedded default, H2 in file mode. */
class MediaOnH2IT extends MediaContract {
}
