<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name></name>
    <message>
        <location filename="../../gui/qt/actions.py" line="52"/>
        <source>&amp;Mới</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="53"/>
        <source>&amp;Mở…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="54"/>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="55"/>
        <source>Lưu &amp;thành…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="56"/>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="57"/>
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="58"/>
        <source>Thoá&amp;t</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="59"/>
        <source>Mở &amp;gần đây</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="60"/>
        <source>Chọn &amp;hồ sơ cơ quan</source>
        <translation>Choose &amp;agency profile</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="61"/>
        <source>&amp;Sửa hồ sơ cơ quan…</source>
        <translation>&amp;Edit agency profile…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="62"/>
        <source>&amp;Mở hồ sơ từ tệp…</source>
        <translation>&amp;Open profile from file…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="63"/>
        <source>Tiếng Việt</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="64"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="65"/>
        <source>&amp;Giới thiệu Bienban</source>
        <translation>&amp;About Bienban</translation>
    </message>
</context>
<context>
    <name>AttendeesModel</name>
    <message>
        <location filename="../../gui/qt/models.py" line="382"/>
        <source>Họ tên / nhóm</source>
        <translation>Name / group</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="382"/>
        <source>Chức vụ, đơn vị</source>
        <translation>Position, organisation</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="382"/>
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="383"/>
        <source>Khách mời</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="383"/>
        <source>Tham dự</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="383"/>
        <source>Lý do vắng</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="389"/>
        <source>Thêm người dự</source>
        <translation>Add attendee</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="24"/>
        <source>Danh sách cảnh báo</source>
        <translation>List of warnings</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="52"/>
        <source>✓ Không có cảnh báo.</source>
        <translation>✓ No warnings.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="61"/>
        <source>Chưa có số văn bản.</source>
        <translation>No document number yet.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="62"/>
        <source>Chưa có ngày ban hành.</source>
        <translation>No issue date yet.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="63"/>
        <source>Chưa có ngày họp.</source>
        <translation>No meeting date yet.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="64"/>
        <source>Chưa ghi người chủ trì cuộc họp.</source>
        <translation>The meeting chair has not been entered.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="65"/>
        <source>Phòng, đơn vị số %s chưa có tên.</source>
        <translation>Department no. %s has no name.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="67"/>
        <source>%s, nhiệm vụ %s: chưa có thời hạn.</source>
        <translation>%s, task %s: no deadline set.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/checkspanel.py" line="69"/>
        <source>%s, nhiệm vụ %s: thời hạn %s trước ngày họp.</source>
        <translation>%s, task %s: deadline %s is before the meeting date.</translation>
    </message>
</context>
<context>
    <name>ClosingSection</name>
    <message>
        <location filename="../../gui/qt/sections.py" line="260"/>
        <location filename="../../gui/qt/sections.py" line="263"/>
        <source>Câu kết</source>
        <translation>Closing sentence</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="261"/>
        <source>… thông báo để các phòng, đơn vị biết, thực hiện</source>
        <translation>… hereby notifies the departments for their information and implementation</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="264"/>
        <source>Nơi nhận</source>
        <translation>Recipients (Nơi nhận)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="265"/>
        <source>Mỗi dòng một nơi nhận; dòng cuối: Lưu: VT, …</source>
        <translation>One recipient per line; last line: Lưu: VT, …</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="267"/>
        <source>Nơi nhận (mỗi dòng một nơi)</source>
        <translation>Recipients (Nơi nhận) (one per line)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="270"/>
        <source>Người ký</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="273"/>
        <location filename="../../gui/qt/sections.py" line="274"/>
        <source>Thẩm quyền ký</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="275"/>
        <location filename="../../gui/qt/sections.py" line="276"/>
        <source>Ký thay / thừa lệnh cho</source>
        <translation>Signing for / by order of</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="278"/>
        <location filename="../../gui/qt/sections.py" line="279"/>
        <source>Cấp trung gian (TL. … KT. …)</source>
        <translation>Intermediate level (TL. … KT. …)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="281"/>
        <location filename="../../gui/qt/sections.py" line="282"/>
        <source>Chức vụ người ký</source>
        <translation>Signatory’s position</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="283"/>
        <source>Họ tên người ký</source>
        <translation>Signatory’s full name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="287"/>
        <location filename="../../gui/qt/sections.py" line="288"/>
        <source>Ký hiệu người soạn thảo</source>
        <translation>Drafter’s abbreviation</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="289"/>
        <location filename="../../gui/qt/sections.py" line="290"/>
        <source>Số bản phát hành</source>
        <translation>Number of copies issued</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="293"/>
        <source>Tin bài trên trang thông tin</source>
        <translation>News item for the website</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="295"/>
        <source>Tiêu đề tin</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="296"/>
        <source>Ngày đăng</source>
        <translation>Publication date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="297"/>
        <location filename="../../gui/qt/sections.py" line="298"/>
        <source>Bút danh, tác giả</source>
        <translation>Author, pen name</translation>
    </message>
</context>
<context>
    <name>ContentSection</name>
    <message>
        <location filename="../../gui/qt/sections.py" line="113"/>
        <source>Mở đầu, căn cứ (mỗi dòng một đoạn)</source>
        <translation>Opening and grounds (one paragraph per line)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="116"/>
        <source>Tự viết câu mở đầu từ ngày họp, chủ trì và thành phần</source>
        <translation>Write the opening sentence automatically from the meeting date, chair and attendees</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="117"/>
        <source>Mở đầu, căn cứ</source>
        <translation>Opening and grounds</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="118"/>
        <source>Trên cơ sở rà soát …, sau khi nghe báo cáo …, đồng chí … kết luận như sau:</source>
        <translation>Having reviewed …, and after hearing the report on …, Comrade … concluded as follows:</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="121"/>
        <source>Diễn biến cuộc họp</source>
        <translation>Meeting proceedings</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="122"/>
        <source>Báo cáo và ý kiến phát biểu (theo diễn biến)</source>
        <translation>Reports and contributions (in order of proceedings)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="125"/>
        <source>Kết quả đạt được (mỗi dòng một đoạn)</source>
        <translation>Results achieved (one paragraph per line)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="126"/>
        <source>Hạn chế, tồn tại (mỗi dòng một đoạn)</source>
        <translation>Shortcomings and outstanding issues (one paragraph per line)</translation>
    </message>
</context>
<context>
    <name>DepartmentsModel</name>
    <message>
        <location filename="../../gui/qt/models.py" line="426"/>
        <source>Phòng, đơn vị</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="429"/>
        <source>Thêm phòng, đơn vị</source>
        <translation>Add department</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="434"/>
        <source>(chưa đặt tên)</source>
        <translation>(unnamed)</translation>
    </message>
</context>
<context>
    <name>DirectivesSection</name>
    <message>
        <location filename="../../gui/qt/sections.py" line="141"/>
        <source>Chỉ đạo chung (mỗi dòng một đoạn)</source>
        <translation>General directions (one paragraph per line)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="143"/>
        <source>Chỉ đạo chung</source>
        <translation>General directions</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="146"/>
        <source>Phòng, đơn vị</source>
        <translation>Departments</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="151"/>
        <source>Thêm từ hồ sơ…</source>
        <translation>Add from profile…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="152"/>
        <source>Thêm phòng, đơn vị từ hồ sơ cơ quan</source>
        <translation>Add departments from the agency profile</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="158"/>
        <source>Phòng, đơn vị được giao</source>
        <translation>Assigned departments</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="163"/>
        <location filename="../../gui/qt/sections.py" line="167"/>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="208"/>
        <source>(hồ sơ chưa có danh sách phòng)</source>
        <translation>(the profile has no department list)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="226"/>
        <source>Nhiệm vụ của: %s</source>
        <translation>Tasks for: %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="227"/>
        <source>Nhiệm vụ (chọn phòng, đơn vị bên trái)</source>
        <translation>Tasks (select a department on the left)</translation>
    </message>
</context>
<context>
    <name>DiscussionModel</name>
    <message>
        <location filename="../../gui/qt/models.py" line="413"/>
        <source>Người phát biểu</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="413"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="416"/>
        <source>Thêm ý kiến</source>
        <translation>Add contribution</translation>
    </message>
</context>
<context>
    <name>FieldBinder</name>
    <message>
        <location filename="../../gui/qt/fields.py" line="207"/>
        <source>Sửa «%s»</source>
        <translation>Edit “%s”</translation>
    </message>
</context>
<context>
    <name>HeaderSection</name>
    <message>
        <location filename="../../gui/qt/sections.py" line="51"/>
        <location filename="../../gui/qt/sections.py" line="52"/>
        <source>Cơ quan chủ quản</source>
        <translation>Parent agency</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="53"/>
        <source>vd. UBND TỈNH QUẢNG NINH (nếu có)</source>
        <translation>e.g. UBND TỈNH QUẢNG NINH (if any)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="54"/>
        <location filename="../../gui/qt/sections.py" line="55"/>
        <source>Cơ quan ban hành</source>
        <translation>Issuing agency</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="56"/>
        <location filename="../../gui/qt/sections.py" line="57"/>
        <source>Chữ viết tắt cơ quan</source>
        <translation>Agency abbreviation</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="58"/>
        <location filename="../../gui/qt/sections.py" line="59"/>
        <source>Loại văn bản (viết tắt)</source>
        <translation>Document type (abbreviation)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="60"/>
        <source>Số</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="61"/>
        <source>Địa danh</source>
        <translation>Place name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="62"/>
        <source>Ngày ban hành</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="63"/>
        <location filename="../../gui/qt/sections.py" line="66"/>
        <source>Trích yếu</source>
        <translation>Summary (trích yếu)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="64"/>
        <source>Kết luận của … tại cuộc họp …</source>
        <translation>Conclusions of … at the meeting …</translation>
    </message>
</context>
<context>
    <name>ListTableModel</name>
    <message>
        <location filename="../../gui/qt/models.py" line="95"/>
        <source>Thêm dòng</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="214"/>
        <source>Sửa «%s»</source>
        <translation>Edit “%s”</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="248"/>
        <location filename="../../gui/qt/models.py" line="267"/>
        <source>Xóa dòng</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="253"/>
        <source>Chuyển dòng</source>
        <translation>Move row</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="68"/>
        <source>Đầu văn bản</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="69"/>
        <source>Cuộc họp</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="70"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="71"/>
        <source>Chỉ đạo</source>
        <translation>Directions</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="72"/>
        <source>Kết thúc</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="77"/>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="80"/>
        <source>Kiểm tra</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="107"/>
        <source>(ký trực tiếp)</source>
        <translation>(signing directly)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="108"/>
        <source>TM. — thay mặt tập thể</source>
        <translation>TM. — on behalf of the collective</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="109"/>
        <source>KT. — ký thay người đứng đầu</source>
        <translation>KT. — signing for the head</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="110"/>
        <source>TL. — thừa lệnh</source>
        <translation>TL. — by order of</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="111"/>
        <source>TUQ. — thừa ủy quyền</source>
        <translation>TUQ. — by delegation</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="112"/>
        <source>Q. — quyền</source>
        <translation>Q. — acting</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="113"/>
        <source>TL. … / KT. … — thừa lệnh, cấp phó ký thay</source>
        <translation>TL. … / KT. … — by order of, deputy signing for the head</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="127"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="139"/>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="142"/>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="144"/>
        <source>Khung &amp;xem trước</source>
        <translation>&amp;Preview pane</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="148"/>
        <source>Khung &amp;kiểm tra</source>
        <translation>&amp;Checks pane</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="151"/>
        <source>&amp;Hồ sơ</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="155"/>
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="159"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="182"/>
        <location filename="../../gui/qt/mainwindow.py" line="193"/>
        <source>Chưa đặt tên</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="187"/>
        <source>Biên bản cuộc họp (*%s *.json);;Mọi tệp (*)</source>
        <translation>Meeting minutes (*%s *.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="195"/>
        <source>Lưu thay đổi?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="196"/>
        <source>«%s» có thay đổi chưa lưu. Lưu lại trước khi đóng?</source>
        <translation>“%s” has unsaved changes. Save before closing?</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="211"/>
        <source>Mở biên bản</source>
        <translation>Open minutes</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="223"/>
        <source>Không mở được tệp</source>
        <translation>Could not open the file</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="241"/>
        <source>Lưu biên bản</source>
        <translation>Save minutes</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="258"/>
        <source>Không lưu được tệp</source>
        <translation>Could not save the file</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="261"/>
        <source>Đã lưu %s</source>
        <translation>Saved %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="272"/>
        <source>Tệp không tồn tại.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="273"/>
        <source>Đây không phải là một tệp thông thường.</source>
        <translation>This is not a regular file.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="274"/>
        <source>Không đọc được tệp.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="275"/>
        <source>Tệp quá lớn.</source>
        <translation>The file is too large.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="276"/>
        <source>Tệp không phải văn bản UTF-8.</source>
        <translation>The file is not UTF-8 text.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="277"/>
        <source>Tệp không phải là biên bản của Bienban (không đúng JSON).</source>
        <translation>The file is not a Bienban minutes file (invalid JSON).</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="278"/>
        <source>Nội dung tệp không hợp lệ.</source>
        <translation>The file’s content is invalid.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="279"/>
        <source>Tệp được tạo bởi phiên bản Bienban mới hơn.</source>
        <translation>The file was created by a newer version of Bienban.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="280"/>
        <source>Ghi tệp thất bại; tệp cũ trên đĩa vẫn nguyên vẹn.</source>
        <translation>Writing the file failed; the existing file on disk is unchanged.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="282"/>
        <source>Trường: %s</source>
        <translation>Field: %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="284"/>
        <source>Chi tiết: %s</source>
        <translation>Details: %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="296"/>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="348"/>
        <source>Không mở được hồ sơ</source>
        <translation>Could not open the profile</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="353"/>
        <source>Hồ sơ cơ quan: %s</source>
        <translation>Agency profile: %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="389"/>
        <source>Không lưu được hồ sơ</source>
        <translation>Could not save the profile</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="397"/>
        <source>Mở hồ sơ cơ quan</source>
        <translation>Open agency profile</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="398"/>
        <source>Hồ sơ cơ quan (*%s);;Mọi tệp (*)</source>
        <translation>Agency profiles (*%s);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="426"/>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="427"/>
        <source>Ngôn ngữ mới sẽ được dùng từ lần mở Bienban tiếp theo.</source>
        <translation>The new language will be used the next time Bienban is started.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="430"/>
        <source>Giới thiệu Bienban</source>
        <translation>About Bienban</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="431"/>
        <source>Bienban %s — soạn thông báo kết luận và biên bản cuộc họp theo Nghị định 30/2020/NĐ-CP.</source>
        <translation>Bienban %s — drafting conclusion notices and meeting minutes in accordance with Decree 30/2020/NĐ-CP.</translation>
    </message>
</context>
<context>
    <name>MeetingSection</name>
    <message>
        <location filename="../../gui/qt/sections.py" line="80"/>
        <location filename="../../gui/qt/sections.py" line="81"/>
        <source>Tên cuộc họp</source>
        <translation>Meeting name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="82"/>
        <source>Ngày họp</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="84"/>
        <source>Giờ bắt đầu</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="85"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="86"/>
        <source>Giờ kết thúc</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="88"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="89"/>
        <source>Địa điểm</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="90"/>
        <source>Chủ trì</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="90"/>
        <source>Thư ký</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="92"/>
        <source>họ tên</source>
        <translation>full name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="93"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="94"/>
        <source>chức vụ</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="95"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="97"/>
        <source>Thành phần tham dự</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="98"/>
        <source>Thành phần tham dự và khách mời</source>
        <translation>Attendees and guests</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../gui/qt/preview.py" line="30"/>
        <source>Thông báo kết luận</source>
        <translation>Conclusion notice</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="31"/>
        <source>Biên bản</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="32"/>
        <source>Tin bài</source>
        <translation>News item</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="34"/>
        <source>Loại văn bản xem trước</source>
        <translation>Document type to preview</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="38"/>
        <source>Xem trước văn bản</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="44"/>
        <source>Xem trước:</source>
        <translation>Preview:</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="28"/>
        <source>Hồ sơ cơ quan</source>
        <translation>Agency profile</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="46"/>
        <source>Tên hồ sơ</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="47"/>
        <source>Cơ quan chủ quản</source>
        <translation>Parent agency</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="48"/>
        <source>Cơ quan ban hành</source>
        <translation>Issuing agency</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="49"/>
        <source>Chữ viết tắt cơ quan</source>
        <translation>Agency abbreviation</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="50"/>
        <source>Địa danh</source>
        <translation>Place name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="51"/>
        <source>Phòng, đơn vị (mỗi dòng một)</source>
        <translation>Departments (one per line)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="56"/>
        <location filename="../../gui/qt/profiledialog.py" line="57"/>
        <source>Thẩm quyền ký</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="58"/>
        <source>Ký thay / thừa lệnh cho</source>
        <translation>Signing for / by order of</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="59"/>
        <source>Cấp trung gian (TL. … KT. …)</source>
        <translation>Intermediate level (TL. … KT. …)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="61"/>
        <source>Chức vụ người ký</source>
        <translation>Signatory’s position</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="62"/>
        <source>Họ tên người ký</source>
        <translation>Signatory’s full name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="63"/>
        <source>Nơi nhận (mỗi dòng một)</source>
        <translation>Recipients (Nơi nhận) (one per line)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="64"/>
        <source>Câu kết</source>
        <translation>Closing sentence</translation>
    </message>
    <message>
        <location filename="../../gui/qt/profiledialog.py" line="65"/>
        <source>Ký hiệu người soạn thảo</source>
        <translation>Drafter’s abbreviation</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../../gui/qt/tables.py" line="154"/>
        <source>Thêm dòng (Ctrl+Ins)</source>
        <translation>Add row (Ctrl+Ins)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tables.py" line="156"/>
        <source>Xóa dòng (Ctrl+Del)</source>
        <translation>Delete row (Ctrl+Del)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tables.py" line="158"/>
        <source>Chuyển lên (Ctrl+Shift+Up)</source>
        <translation>Move up (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/tables.py" line="160"/>
        <source>Chuyển xuống (Ctrl+Shift+Down)</source>
        <translation>Move down (Ctrl+Shift+Down)</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <location filename="../../gui/qt/models.py" line="460"/>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="460"/>
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="460"/>
        <source>Phối hợp</source>
        <translation>Coordinating</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="460"/>
        <source>Hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="461"/>
        <source>Hạn (diễn đạt)</source>
        <translation>Deadline (in words)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="461"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="461"/>
        <source>Ngày hoàn thành</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="462"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="468"/>
        <source>Thêm nhiệm vụ</source>
        <translation>Add task</translation>
    </message>
</context>
<context>
    <name>ctx</name>
    <message>
        <location filename="../../gui/qt/models.py" line="394"/>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="394"/>
        <source>Vắng</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="395"/>
        <source>Vắng có lý do</source>
        <translation>Absent (excused)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="400"/>
        <source>Chưa thực hiện</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="401"/>
        <source>Đang thực hiện</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="402"/>
        <source>Hoàn thành</source>
        <translation>Completed</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../gui/qt/actions.py" line="32"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="34"/>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
</context>
</TS>
