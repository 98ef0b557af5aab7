<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Chronoscope::EntityDelegate</name>
    <message numerus="yes">
        <source>%n event(s) match with the other filters; %1 in the corpus</source>
        <translation>
            <numerusform>%n event matches with the other filters; %1 in the corpus</numerusform>
            <numerusform>%n events match with the other filters; %1 in the corpus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chronoscope::MainWindow</name>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chronoscope::ReaderWidget</name>
    <message numerus="yes">
        <source>[The document goes on: only its first %n characters are shown.]</source>
        <translation>
            <numerusform>[The document goes on: only its first %n characters are shown.]</numerusform>
            <numerusform>[The document goes on: only its first %n characters are shown.]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reader comments (%n)</source>
        <translation>
            <numerusform>Reader comments (%n)</numerusform>
            <numerusform>Reader comments (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chronoscope::TimelineWidget</name>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorpusSource</name>
    <message numerus="yes">
        <source>%n character(s) could not be decoded and were replaced.</source>
        <translation>
            <numerusform>%n character could not be decoded and were replaced.</numerusform>
            <numerusform>%n characters could not be decoded and were replaced.</numerusform>
        </translation>
    </message>
</context>
</TS>
