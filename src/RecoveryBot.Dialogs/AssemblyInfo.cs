// The waterfall dialog library. It is generic: nothing here knows about the exercises it runs.
