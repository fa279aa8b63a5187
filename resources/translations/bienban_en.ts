<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../gui/qt/actions.py" line="39"/>
        <source>Hoàn tác</source>
        <translation type="unfinished">Undo</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="42"/>
        <source>Làm lại</source>
        <translation type="unfinished">Redo</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="59"/>
        <source>&amp;Mới</source>
        <translation type="unfinished">&amp;New</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="60"/>
        <source>&amp;Mở…</source>
        <translation type="unfinished">&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="61"/>
        <source>&amp;Lưu</source>
        <translation type="unfinished">&amp;Save</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="62"/>
        <source>Lưu &amp;thành…</source>
        <translation type="unfinished">Save &amp;As…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="63"/>
        <source>Đó&amp;ng</source>
        <translation type="unfinished">&amp;Close</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="64"/>
        <source>&amp;In…</source>
        <translation type="unfinished">&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="65"/>
        <source>Xem trước khi &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="66"/>
        <source>&amp;Xuất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="67"/>
        <source>Thông báo &amp;kết luận…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="68"/>
        <source>&amp;Biên bản…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="69"/>
        <source>&amp;Tin bài…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="70"/>
        <source>Thoá&amp;t</source>
        <translation type="unfinished">E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="71"/>
        <source>Mở &amp;gần đây</source>
        <translation type="unfinished">Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="72"/>
        <source>Chọn &amp;hồ sơ cơ quan</source>
        <translation type="unfinished">Choose &amp;agency profile</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="73"/>
        <source>&amp;Sửa hồ sơ cơ quan…</source>
        <translation type="unfinished">&amp;Edit agency profile…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="74"/>
        <source>&amp;Mở hồ sơ từ tệp…</source>
        <translation type="unfinished">&amp;Open profile from file…</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="75"/>
        <source>Tiếng Việt</source>
        <translation type="unfinished">Tiếng Việt</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="76"/>
        <source>English</source>
        <translation type="unfinished">English</translation>
    </message>
    <message>
        <location filename="../../gui/qt/actions.py" line="77"/>
        <source>&amp;Giới thiệu Bienban</source>
        <translation type="unfinished">&amp;About Bienban</translation>
    </message>
</context>
<context>
    <name>AttendeesModel</name>
    <message>
        <location filename="../../gui/qt/models.py" line="384"/>
        <source>Họ tên / nhóm</source>
        <translation>Name / group</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="384"/>
        <source>Chức vụ, đơn vị</source>
        <translation>Position, organisation</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="384"/>
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="385"/>
        <source>Khách mời</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="385"/>
        <source>Tham dự</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="385"/>
        <source>Lý do vắng</source>
        <translation>Reason for absence</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="391"/>
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
        <location filename="../../gui/qt/sections.py" line="262"/>
        <location filename="../../gui/qt/sections.py" line="265"/>
        <source>Câu kết</source>
        <translation>Closing sentence</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="263"/>
        <source>… thông báo để các phòng, đơn vị biết, thực hiện</source>
        <translation>… hereby notifies the departments for their information and implementation</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="266"/>
        <source>Nơi nhận</source>
        <translation>Recipients (Nơi nhận)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="267"/>
        <source>Mỗi dòng một nơi nhận; dòng cuối: Lưu: VT, …</source>
        <translation>One recipient per line; last line: Lưu: VT, …</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="269"/>
        <source>Nơi nhận (mỗi dòng một nơi)</source>
        <translation>Recipients (Nơi nhận) (one per line)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="272"/>
        <source>Người ký</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="275"/>
        <location filename="../../gui/qt/sections.py" line="276"/>
        <source>Thẩm quyền ký</source>
        <translation>Signing authority</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="277"/>
        <location filename="../../gui/qt/sections.py" line="278"/>
        <source>Ký thay / thừa lệnh cho</source>
        <translation>Signing for / by order of</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="280"/>
        <location filename="../../gui/qt/sections.py" line="281"/>
        <source>Cấp trung gian (TL. … KT. …)</source>
        <translation>Intermediate level (TL. … KT. …)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="283"/>
        <location filename="../../gui/qt/sections.py" line="284"/>
        <source>Chức vụ người ký</source>
        <translation>Signatory’s position</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="285"/>
        <source>Họ tên người ký</source>
        <translation>Signatory’s full name</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="289"/>
        <location filename="../../gui/qt/sections.py" line="290"/>
        <source>Ký hiệu người soạn thảo</source>
        <translation>Drafter’s abbreviation</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="291"/>
        <location filename="../../gui/qt/sections.py" line="292"/>
        <source>Số bản phát hành</source>
        <translation>Number of copies issued</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="295"/>
        <source>Tin bài trên trang thông tin</source>
        <translation>News item for the website</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="297"/>
        <source>Tiêu đề tin</source>
        <translation>Headline</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="298"/>
        <source>Ngày đăng</source>
        <translation>Publication date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="299"/>
        <location filename="../../gui/qt/sections.py" line="300"/>
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
        <location filename="../../gui/qt/models.py" line="429"/>
        <source>Phòng, đơn vị</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="432"/>
        <source>Thêm phòng, đơn vị</source>
        <translation>Add department</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="437"/>
        <source>(chưa đặt tên)</source>
        <translation>(unnamed)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="95"/>
        <source>Mở chỉ để đọc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="104"/>
        <source>Tải lại từ đĩa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="105"/>
        <source>Giữ bản đang mở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="128"/>
        <source>Khôi phục công việc chưa lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="131"/>
        <source>Các bản khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="133"/>
        <source>(văn bản chưa đặt tên)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="136"/>
        <source>%s — bản khôi phục bị hỏng: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="138"/>
        <source>%s — lưu tự động lúc %s, %d thay đổi chưa lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="148"/>
        <source>Khôi phục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="149"/>
        <source>Để sau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/dialogs.py" line="153"/>
        <source>Bienban đã không đóng bình thường. Có thể khôi phục các văn bản sau (chúng sẽ mở ở trạng thái chưa lưu):</source>
        <translation type="unfinished"></translation>
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
        <source>(chưa đặt tên)</source>
        <translation type="unfinished">(unnamed)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="227"/>
        <source>Nhiệm vụ của: %s</source>
        <translation>Tasks for: %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/sections.py" line="229"/>
        <source>Nhiệm vụ (chọn phòng, đơn vị bên trái)</source>
        <translation>Tasks (select a department on the left)</translation>
    </message>
</context>
<context>
    <name>DiscussionModel</name>
    <message>
        <location filename="../../gui/qt/models.py" line="416"/>
        <source>Người phát biểu</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="416"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="419"/>
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
    <name>Labels</name>
    <message>
        <location filename="../../gui/qt/models.py" line="396"/>
        <source>Có mặt</source>
        <translation type="unfinished">Present</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="397"/>
        <source>Vắng</source>
        <translation type="unfinished">Absent</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="398"/>
        <source>Vắng có lý do</source>
        <translation type="unfinished">Absent (excused)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="403"/>
        <source>Chưa thực hiện</source>
        <translation type="unfinished">Not started</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="404"/>
        <source>Đang thực hiện</source>
        <translation type="unfinished">In progress</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="405"/>
        <source>Hoàn thành</source>
        <translation type="unfinished">Completed</translation>
    </message>
</context>
<context>
    <name>ListTableModel</name>
    <message>
        <location filename="../../gui/qt/models.py" line="97"/>
        <source>Thêm dòng</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="216"/>
        <source>Sửa «%s»</source>
        <translation>Edit “%s”</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="250"/>
        <location filename="../../gui/qt/models.py" line="269"/>
        <source>Xóa dòng</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="255"/>
        <source>Chuyển dòng</source>
        <translation>Move row</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="80"/>
        <source>Đầu văn bản</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="81"/>
        <source>Cuộc họp</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="82"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="83"/>
        <source>Chỉ đạo</source>
        <translation>Directions</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="84"/>
        <source>Kết thúc</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="90"/>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="93"/>
        <source>Kiểm tra</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="122"/>
        <source>(ký trực tiếp)</source>
        <translation>(signing directly)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="123"/>
        <source>TM. — thay mặt tập thể</source>
        <translation>TM. — on behalf of the collective</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="124"/>
        <source>KT. — ký thay người đứng đầu</source>
        <translation>KT. — signing for the head</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="125"/>
        <source>TL. — thừa lệnh</source>
        <translation>TL. — by order of</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="126"/>
        <source>TUQ. — thừa ủy quyền</source>
        <translation>TUQ. — by delegation</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="127"/>
        <source>Q. — quyền</source>
        <translation>Q. — acting</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="128"/>
        <source>TL. … / KT. … — thừa lệnh, cấp phó ký thay</source>
        <translation>TL. … / KT. … — by order of, deputy signing for the head</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="142"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="159"/>
        <source>&amp;Sửa</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="162"/>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="164"/>
        <source>Khung &amp;xem trước</source>
        <translation>&amp;Preview pane</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="168"/>
        <source>Khung &amp;kiểm tra</source>
        <translation>&amp;Checks pane</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="171"/>
        <source>&amp;Hồ sơ</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="175"/>
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="179"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="206"/>
        <location filename="../../gui/qt/mainwindow.py" line="219"/>
        <source>Chưa đặt tên</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="208"/>
        <source>[chỉ đọc]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="213"/>
        <source>Biên bản cuộc họp (*%s *.json);;Mọi tệp (*)</source>
        <translation>Meeting minutes (*%s *.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="221"/>
        <source>Lưu thay đổi?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="222"/>
        <source>«%s» có thay đổi chưa lưu. Lưu lại trước khi đóng?</source>
        <translation>“%s” has unsaved changes. Save before closing?</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="239"/>
        <source>Mở biên bản</source>
        <translation>Open minutes</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="255"/>
        <source>Không mở được tệp</source>
        <translation>Could not open the file</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="262"/>
        <source>tiến trình %d trên máy %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="263"/>
        <source>một người khác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="265"/>
        <source>Tệp đang được mở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="266"/>
        <source>«%s» đang được mở để sửa bởi %s.

Mở chỉ để đọc (lưu thành tệp khác), hoặc hủy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="299"/>
        <source>Lưu biên bản</source>
        <translation>Save minutes</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="316"/>
        <location filename="../../gui/qt/mainwindow.py" line="347"/>
        <source>Tệp đã thay đổi trên đĩa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="317"/>
        <source>«%s» đã được thay đổi từ bên ngoài sau khi bạn mở. Ghi đè phiên bản đó bằng bản của bạn?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="323"/>
        <location filename="../../gui/qt/mainwindow.py" line="330"/>
        <source>Không lưu được tệp</source>
        <translation>Could not save the file</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="324"/>
        <source>«%s» đang được mở bởi người khác; hãy lưu thành tệp khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="336"/>
        <source>Đã lưu %s</source>
        <translation>Saved %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="344"/>
        <source>«%s» đã bị xóa hoặc đổi tên trên đĩa; bản đang mở vẫn còn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="348"/>
        <source>«%s» vừa được thay đổi bởi chương trình hoặc người khác.

Tải lại phiên bản trên đĩa%s, hoặc giữ bản đang mở?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="350"/>
        <source> (mất các thay đổi chưa lưu của bạn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="356"/>
        <source>Không tải lại được tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="387"/>
        <source>Tệp không tồn tại.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="388"/>
        <source>Đây không phải là một tệp thông thường.</source>
        <translation>This is not a regular file.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="389"/>
        <source>Không đọc được tệp.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="390"/>
        <source>Tệp quá lớn.</source>
        <translation>The file is too large.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="391"/>
        <source>Tệp không phải văn bản UTF-8.</source>
        <translation>The file is not UTF-8 text.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="392"/>
        <source>Tệp không phải là biên bản của Bienban (không đúng JSON).</source>
        <translation>The file is not a Bienban minutes file (invalid JSON).</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="393"/>
        <source>Nội dung tệp không hợp lệ.</source>
        <translation>The file’s content is invalid.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="394"/>
        <source>Tệp được tạo bởi phiên bản Bienban mới hơn.</source>
        <translation>The file was created by a newer version of Bienban.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="395"/>
        <source>Ghi tệp thất bại; tệp cũ trên đĩa vẫn nguyên vẹn.</source>
        <translation>Writing the file failed; the existing file on disk is unchanged.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="397"/>
        <source>Trường: %s</source>
        <translation>Field: %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="399"/>
        <source>Chi tiết: %s</source>
        <translation>Details: %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="411"/>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="463"/>
        <source>Không mở được hồ sơ</source>
        <translation>Could not open the profile</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="468"/>
        <source>Hồ sơ cơ quan: %s</source>
        <translation>Agency profile: %s</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="504"/>
        <source>Không lưu được hồ sơ</source>
        <translation>Could not save the profile</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="512"/>
        <source>Mở hồ sơ cơ quan</source>
        <translation>Open agency profile</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="513"/>
        <source>Hồ sơ cơ quan (*%s);;Mọi tệp (*)</source>
        <translation>Agency profiles (*%s);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="553"/>
        <source>Tài liệu Word (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="554"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="555"/>
        <source>Văn bản thuần UTF-8 (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="556"/>
        <source>Trang web HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="563"/>
        <source>Xuất văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="573"/>
        <source>Ghi đè?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="573"/>
        <source>«%s» đã có. Ghi đè lên tệp đó?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="581"/>
        <source>Không xuất được văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="583"/>
        <source>Đã xuất %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="590"/>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="591"/>
        <source>Ngôn ngữ mới sẽ được dùng từ lần mở Bienban tiếp theo.</source>
        <translation>The new language will be used the next time Bienban is started.</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="594"/>
        <source>Giới thiệu Bienban</source>
        <translation>About Bienban</translation>
    </message>
    <message>
        <location filename="../../gui/qt/mainwindow.py" line="595"/>
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
        <location filename="../../gui/qt/preview.py" line="42"/>
        <source>Thông báo kết luận</source>
        <translation>Conclusion notice</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="43"/>
        <source>Biên bản</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="44"/>
        <source>Tin bài</source>
        <translation>News item</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="46"/>
        <source>Loại văn bản xem trước</source>
        <translation>Document type to preview</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="49"/>
        <source>Trang in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="50"/>
        <source>Văn bản thuần</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="51"/>
        <source>Cách xem trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="56"/>
        <source>Xem trước văn bản</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="64"/>
        <source>Xem trước trang in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../gui/qt/preview.py" line="72"/>
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
        <location filename="../../gui/qt/models.py" line="463"/>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="463"/>
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="463"/>
        <source>Phối hợp</source>
        <translation>Coordinating</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="463"/>
        <source>Hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="464"/>
        <source>Hạn (diễn đạt)</source>
        <translation>Deadline (in words)</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="464"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="464"/>
        <source>Ngày hoàn thành</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="465"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../gui/qt/models.py" line="471"/>
        <source>Thêm nhiệm vụ</source>
        <translation>Add task</translation>
    </message>
</context>
</TS>
